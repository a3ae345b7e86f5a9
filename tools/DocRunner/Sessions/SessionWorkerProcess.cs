using System.Diagnostics;
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
    readonly ConnectedChild child;
    readonly Channel<(int Id, SubmissionResult? Step, SessionFinished? Finished)> messages =
        Channel.CreateUnbounded<(int, SubmissionResult?, SessionFinished?)>();
    BinaryWriter? writer;
    public ProcessOutput Stdout => child.Stdout;
    public ProcessOutput Stderr => child.Stderr;
    public Task Ready { get; }
    public Task Exited { get; }
    public int Served { get; set; }
    /// <summary>CPU the process used: as it last reported, or as read when it exited.</summary>
    public TimeSpan CpuTime { get; private set; }

    SessionWorkerProcess(string workingDirectory)
    {
        child = new ConnectedChild(SessionWorkerMain.Command, [], workingDirectory, 16_384, stdoutKeepsTail: true, "session worker");
        Exited = WatchExitAsync();
        Ready = AcceptAsync();
    }

    public static SessionWorkerProcess Start(string workingDirectory) => new(workingDirectory);

    async Task AcceptAsync()
    {
        var stream = await child.AcceptAsync("the session worker");
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
        await child.Exited;
        if (child.CpuTime is { } cpu && cpu > CpuTime) CpuTime = cpu;
    }

    public int ExitCode => child.ExitCode;

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

    public void Kill() => child.Kill();

    public ValueTask DisposeAsync() => child.DisposeAsync();
}
