using System.Net.Sockets;
using DocRunner.Running.Workers;

namespace DocRunner.Worker;

/// <summary>
/// The entry of a worker process (<c>DocRunner __worker SOCKET shared|solo</c>). A shared worker runs many samples
/// at once and routes their console text by execution context; a solo worker runs one sample with the real console,
/// in its own working directory, and is thrown away afterwards. Culture, time zone and processor count are the
/// process's own, from its environment (see SampleConditions), as they are for a reader's <c>dotnet run</c>.
/// </summary>
public static class WorkerMain
{
    public const string Command = "__worker";

    public static async Task<int> RunAsync(string socketPath, WorkerMode mode)
    {
        Console.SetIn(TextReader.Null);
        AdoptOrphans();

        // Not disposed: in solo mode the connection outlives this method (see RunSoloAsync).
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath));
        var stream = new NetworkStream(socket, ownsSocket: true);
        var reader = new BinaryReader(stream);
        var writer = new BinaryWriter(stream);
        if (mode == WorkerMode.Solo) return await RunSoloAsync(reader, writer);

        var replies = new SemaphoreSlim(1, 1);
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

    /// <summary>
    /// Runs one sample as the program it is: once its Main returns, this process's own Main returns the sample's
    /// exit code, so the runtime waits for the sample's foreground threads and then runs its ProcessExit handlers,
    /// as under <c>dotnet run</c>. A handler that throws ends the process with exit code 134 and no reply, which
    /// DocRunner reports as a crash. The last handler, added after the sample's own, sends the reply.
    /// </summary>
    static async Task<int> RunSoloAsync(BinaryReader reader, BinaryWriter writer)
    {
        var request = WorkerProtocol.ReadRequest(reader);
        var spans = Timelines.SpanRecorder.BeginForProcess();
        var (end, code, error) = await Execute(request);
        if (end != RunEnd.Completed)
        {
            Reply(writer, new RunReply(request.Id, end, code, "", "", error, spans.ToWire()));
            WaitToBeEnded(reader);
            Environment.Exit(0);
        }
        Environment.ExitCode = code;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Reply(writer, new RunReply(request.Id, RunEnd.Completed, SampleHost.AsProcessExitCode(Environment.ExitCode), "", "", "", spans.ToWire()));
            WaitToBeEnded(reader);
        };
        return code;
    }

    static void Reply(BinaryWriter writer, RunReply reply)
    {
        try { Console.Out.Flush(); Console.Error.Flush(); } catch (IOException) { }
        try { WorkerProtocol.Write(writer, reply); } catch (IOException) { }
    }

    /// <summary>
    /// Waits to be ended with every process the sample started: once this one exited, they would escape it.
    /// The connection closes without that only when DocRunner itself is gone.
    /// </summary>
    static void WaitToBeEnded(BinaryReader reader)
    {
        try { reader.ReadByte(); } catch (Exception e) when (e is IOException or EndOfStreamException or ObjectDisposedException) { }
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
            return Execute(request);
        });
        return new RunReply(request.Id, capture.Overflowed ? RunEnd.OutputLimit : end, code, capture.ToString(), errors.ToString(), error, spans!.ToWire());
    }

    static async Task<(RunEnd, int, string)> Execute(RunRequest request)
    {
        try
        {
            var code = await SampleHost.RunAsync(request.Name, request.Assembly, request.Pdb);
            return (RunEnd.Completed, SampleHost.AsProcessExitCode(code), "");
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
