using System.Globalization;
using System.Net.Sockets;
using DocRunner.Running.Workers;

namespace DocRunner.Worker;

/// <summary>
/// The entry of a worker process (<c>DocRunner __worker SOCKET shared|solo</c>). A shared worker runs many samples
/// at once and routes their console text by execution context; a solo worker runs one sample with the real console,
/// in its own working directory, and is thrown away afterwards.
/// </summary>
public static class WorkerMain
{
    public const string Command = "__worker";

    public static async Task<int> RunAsync(string socketPath, WorkerMode mode)
    {
        // Defaults only: a culture set here would flow into the sample and hide its own changes to the defaults.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        Console.SetIn(TextReader.Null);
        AdoptOrphans();

        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath));
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        using var reader = new BinaryReader(stream);
        using var writer = new BinaryWriter(stream);
        var replies = new SemaphoreSlim(1, 1);

        if (mode == WorkerMode.Solo)
        {
            var request = WorkerProtocol.ReadRequest(reader);
            var reply = await RunSoloAsync(request);
            WorkerProtocol.Write(writer, reply);
            // Wait to be ended with every process the sample started: once this one exited, they would escape it.
            // The connection closes without that only when DocRunner itself is gone.
            try { reader.ReadByte(); } catch (Exception e) when (e is IOException or EndOfStreamException) { }
            Environment.Exit(0);
        }

        var current = new AsyncLocal<(SampleCapture Out, SampleCapture Error)?>();
        Console.SetOut(new ConsoleRouter(() => current.Value?.Out));
        Console.SetError(new ConsoleRouter(() => current.Value?.Error));
        while (true)
        {
            RunRequest request;
            try { request = WorkerProtocol.ReadRequest(reader); }
            catch (EndOfStreamException) { return 0; }
            _ = Task.Run(async () =>
            {
                var reply = await RunSharedAsync(request, current);
                await replies.WaitAsync();
                try { WorkerProtocol.Write(writer, reply); }
                finally { replies.Release(); }
            });
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "prctl")]
    static extern int Prctl(int option, nuint value, nuint unused2, nuint unused3, nuint unused4);

    /// <summary>
    /// Makes this process the parent of any process its samples start and then leave (<c>sh -c "sleep 60 &amp;"</c>),
    /// instead of the system's first process, so that ending this process's tree ends them too.
    /// </summary>
    static void AdoptOrphans()
    {
        const int SetChildSubreaper = 36;
        if (!OperatingSystem.IsLinux()) return;
        try { Prctl(SetChildSubreaper, 1, 0, 0, 0); }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { }
    }

    static async Task<RunReply> RunSharedAsync(RunRequest request, AsyncLocal<(SampleCapture Out, SampleCapture Error)?> current)
    {
        var capture = new SampleCapture(request.OutputLimit);
        var errors = new SampleCapture(request.OutputLimit);
        Timelines.SpanLog? spans = null;
        var (end, code, error) = await Task.Run(() =>
        {
            current.Value = (capture, errors);
            spans = Timelines.SpanRecorder.Begin();
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            return Execute(request);
        });
        return new RunReply(request.Id, capture.Overflowed ? RunEnd.OutputLimit : end, code, capture.ToString(), errors.ToString(), error, spans!.ToWire());
    }

    static async Task<RunReply> RunSoloAsync(RunRequest request)
    {
        var spans = Timelines.SpanRecorder.Begin();
        var (end, code, error) = await Execute(request);
        try { Console.Out.Flush(); Console.Error.Flush(); } catch (IOException) { }
        return new RunReply(request.Id, end, code, "", "", error, spans.ToWire());
    }

    static async Task<(RunEnd, int, string)> Execute(RunRequest request)
    {
        try
        {
            var code = await SampleHost.RunAsync(request.Name, request.Assembly, request.Pdb);
            return (RunEnd.Completed, code, "");
        }
        catch (OutputLimitException e)
        {
            return (RunEnd.OutputLimit, 1, e.Message);
        }
        catch (Exception e)
        {
            return (RunEnd.Threw, 1, e.ToString());
        }
    }
}
