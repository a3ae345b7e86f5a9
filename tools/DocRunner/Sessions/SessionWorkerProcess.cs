using System.Diagnostics;
using System.Net.Sockets;
using System.Threading.Channels;
using DocRunner.Running.Workers;

namespace DocRunner.Sessions;

/// <summary>What DocRunner learned from running one session: each finished submission's display, and how it ended.</summary>
public sealed record SessionOutcome(SessionEnd End, IReadOnlyList<SubmissionResult> Steps, string Detail, long WallMs, SessionFinished? Finished);

/// <summary>
/// One session worker process seen from DocRunner: started like the sample workers (same program, same network
/// sandbox), it runs one session at a time. A session that outlives its timeout, or that ends the process, costs
/// the process and nothing else: the caller starts a new one.
/// </summary>
public sealed class SessionWorkerProcess : IAsyncDisposable
{
    readonly Process process;
    readonly Socket listener;
    readonly string socketPath;
    readonly Channel<(int Id, SubmissionResult? Step, SessionFinished? Finished)> messages =
        Channel.CreateUnbounded<(int, SubmissionResult?, SessionFinished?)>();
    BinaryWriter? writer;
    public ProcessOutput Stdout { get; }
    public ProcessOutput Stderr { get; }
    public Task Ready { get; }
    public Task Exited { get; }
    public int Served { get; set; }
    /// <summary>CPU the process used: as it last reported, or as read when it exited.</summary>
    public TimeSpan CpuTime { get; private set; }

    SessionWorkerProcess(string workingDirectory)
    {
        socketPath = Path.Combine(Path.GetTempPath(), $"docrunner-session-{Guid.NewGuid():N}.sock");
        listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(socketPath));
        listener.Listen(1);

        var dll = typeof(SessionWorkerMain).Assembly.Location;
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (string.IsNullOrEmpty(dotnet))
            dotnet = Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
        var info = NetworkSandbox.Create(dotnet, ["exec", dll, SessionWorkerMain.Command, socketPath]);
        info.WorkingDirectory = workingDirectory;
        info.RedirectStandardInput = true;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.StandardOutputEncoding = System.Text.Encoding.UTF8;
        info.StandardErrorEncoding = System.Text.Encoding.UTF8;
        info.UseShellExecute = false;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_TieredPGO"] = "0";
        process = Process.Start(info) ?? throw new InvalidOperationException("could not start a session worker process");
        process.StandardInput.Close();
        Stdout = new ProcessOutput(process.StandardOutput, 16_384, keepTail: true);
        Stderr = new ProcessOutput(process.StandardError, 16_384, keepTail: true);
        Exited = WatchExitAsync();
        Ready = AcceptAsync();
    }

    public static SessionWorkerProcess Start(string workingDirectory) => new(workingDirectory);

    async Task AcceptAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var accepting = listener.AcceptAsync(timeout.Token).AsTask();
        if (await Task.WhenAny(accepting, Exited) != accepting)
            throw new WorkerDiedException($"the session worker exited before it was ready: {Stderr}");
        var stream = new NetworkStream(await accepting, ownsSocket: true);
        writer = new BinaryWriter(stream);
        _ = Task.Run(() => ReadMessages(new BinaryReader(stream)));
    }

    void ReadMessages(BinaryReader reader)
    {
        try
        {
            while (true) messages.Writer.TryWrite(SessionProtocol.ReadMessage(reader));
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or ObjectDisposedException or InvalidDataException) { }
        finally { messages.Writer.TryComplete(); }
    }

    async Task WatchExitAsync()
    {
        await process.WaitForExitAsync();
        try { if (process.TotalProcessorTime > CpuTime) CpuTime = process.TotalProcessorTime; } catch (InvalidOperationException) { }
        try { File.Delete(socketPath); } catch (IOException) { }
    }

    public int ExitCode => process.HasExited ? process.ExitCode : -1;

    /// <summary>How long starting a worker and compiling a session's submissions may take, before its own timeout starts.</summary>
    public static readonly TimeSpan CompileAllowance = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Runs one session; never throws for what the session does (a hang, a crash, a flood). The timeout counts
    /// from the moment every submission is compiled, as a sample's counts from its start.
    /// </summary>
    public async Task<SessionOutcome> RunAsync(SessionRequest request, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        var steps = new List<SubmissionResult>();
        var running = false;
        using var deadline = new CancellationTokenSource(CompileAllowance);
        try
        {
            await Ready.WaitAsync(deadline.Token);
            SessionProtocol.Write(writer!, request);
            while (true)
            {
                var (id, step, finished) = await messages.Reader.ReadAsync(deadline.Token);
                if (id != request.Id) continue;
                if (finished is not null)
                {
                    CpuTime = TimeSpan.FromMilliseconds(finished.CpuMs);
                    return new SessionOutcome(finished.End, steps, finished.Detail, watch.ElapsedMilliseconds, finished);
                }
                if (step is not null) steps.Add(step);
                else
                {
                    running = true;
                    deadline.CancelAfter(timeout);
                }
            }
        }
        catch (OperationCanceledException)
        {
            Kill();
            var detail = running ? $"did not finish within {timeout.TotalSeconds:0.#} s" : $"was not compiled within {CompileAllowance.TotalSeconds:0} s";
            return new SessionOutcome(SessionEnd.Timeout, steps, detail, watch.ElapsedMilliseconds, null);
        }
        catch (Exception e) when (e is ChannelClosedException or WorkerDiedException or IOException or ObjectDisposedException)
        {
            await Task.WhenAny(Exited, Task.Delay(2000));
            Kill();
            var stderr = await Stderr.WaitAsync(TimeSpan.FromMilliseconds(500));
            return new SessionOutcome(SessionEnd.Crashed, steps, CrashDetail(stderr), watch.ElapsedMilliseconds, null);
        }
    }

    string CrashDetail(string stderr)
    {
        var code = ExitCode;
        var lines = StderrSummary.FirstLines(stderr);
        var how = code >= 0 ? $"the session's process ended with exit code {code}" : "the session's process stopped answering";
        return lines.Length > 0 ? $"{how}: {lines}" : how;
    }

    public void Kill()
    {
        try { if (!process.HasExited) process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await Task.WhenAny(Exited, Task.Delay(2000));
        listener.Dispose();
        process.Dispose();
        try { File.Delete(socketPath); } catch (IOException) { }
    }
}
