using System.Collections.Concurrent;
using DocRunner.Worker;

namespace DocRunner.Running.Workers;

public sealed class WorkerDiedException(string message) : Exception(message);

/// <summary>One worker process seen from DocRunner: start it, send it samples, learn how each ended or that it died.</summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    public const int OutputLimit = 1_000_000;

    readonly ConnectedChild child;
    readonly ConcurrentDictionary<int, TaskCompletionSource<RunReply>> pending = new();
    BinaryWriter? writer;
    readonly SemaphoreSlim sending = new(1, 1);
    public WorkerMode Mode { get; }
    public string WorkingDirectory { get; }
    public ProcessOutput Stdout => child.Stdout;
    public ProcessOutput Stderr => child.Stderr;
    public Task Ready { get; }
    public Task Exited { get; }
    public int InFlight;
    public int Served;
    public volatile bool Retired;

    WorkerProcess(WorkerMode mode, string workingDirectory)
    {
        Mode = mode;
        WorkingDirectory = workingDirectory;
        child = new ConnectedChild(WorkerMain.Command, [mode.ToString()], workingDirectory, OutputLimit, stdoutKeepsTail: false, "sample worker");
        if (mode == WorkerMode.Solo) Stdout.OnOverflow += Kill;
        Exited = WatchExitAsync();
        Ready = AcceptAsync();
    }

    public static WorkerProcess Start(WorkerMode mode, string workingDirectory) => new(mode, workingDirectory);

    async Task AcceptAsync()
    {
        var stream = await child.AcceptAsync("the worker process");
        writer = new BinaryWriter(stream);
        _ = Task.Run(() => ReadRepliesAsync(new BinaryReader(stream)));
    }

    async Task ReadRepliesAsync(BinaryReader reader)
    {
        await Task.Yield();
        try
        {
            while (true)
            {
                var reply = WorkerProtocol.ReadReply(reader);
                if (pending.TryRemove(reply.Id, out var waiter)) waiter.TrySetResult(reply);
            }
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or ObjectDisposedException) { }
    }

    async Task WatchExitAsync()
    {
        await child.Exited;
        var why = child.ExitCode == 0 ? "the worker process exited" : $"the worker process ended with exit code {child.ExitCode}";
        foreach (var id in pending.Keys)
            if (pending.TryRemove(id, out var waiter))
                waiter.TrySetException(new WorkerDiedException(why));
    }

    public int ExitCode => child.ExitCode;

    public async Task<RunReply> SendAsync(RunRequest request)
    {
        await Ready;
        var reply = new TaskCompletionSource<RunReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[request.Id] = reply;
        if (child.HasExited) throw new WorkerDiedException("the worker process had already exited");
        await sending.WaitAsync();
        try { WorkerProtocol.Write(writer!, request); }
        catch (IOException e) { throw new WorkerDiedException($"could not send the sample to the worker: {e.Message}"); }
        finally { sending.Release(); }
        return await reply.Task;
    }

    public void Kill() => child.Kill();

    public ValueTask DisposeAsync() => child.DisposeAsync();
}
