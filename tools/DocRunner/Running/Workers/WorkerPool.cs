using System.Diagnostics;
using DocRunner.Running.Compilation;

namespace DocRunner.Running.Workers;

/// <summary>
/// Runs compiled samples in worker processes. Most samples share a few long-lived workers and run concurrently
/// (they mostly wait); a sample that needs the process to itself gets a fresh solo worker. A worker that crashes
/// takes no verdict with it: its samples are run again, each alone, so the culprit is named and the rest still pass.
/// </summary>
public sealed class WorkerPool(string scratchRoot, int sharedWorkers = 2, int sharedCapacity = 16, int soloConcurrency = 4) : IAsyncDisposable
{
    const int RetireAfter = 200;
    readonly List<WorkerProcess> shared = [];
    readonly SemaphoreSlim sharedSlots = new(sharedWorkers * sharedCapacity);
    readonly SemaphoreSlim soloSlots = new(soloConcurrency);
    readonly Lock gate = new();
    WorkerProcess? spareSolo;
    int nextId;
    int scratchCount;

    public async Task<RunOutcome> RunAsync(CompiledSample sample, TimeSpan timeout)
    {
        if (sample.IsolationReason is not null) return await RunSoloAsync(sample, timeout, sample.IsolationReason);
        await sharedSlots.WaitAsync();
        WorkerProcess worker;
        try { worker = PickSharedWorker(); }
        catch { sharedSlots.Release(); throw; }
        await Task.WhenAny(worker.Ready, worker.Exited);
        var watch = Stopwatch.StartNew();
        var request = new RunRequest(Interlocked.Increment(ref nextId), sample.AssemblyName, sample.Assembly, sample.Pdb, WorkerProcess.OutputLimit);
        var sending = worker.SendAsync(request);
        var released = false;
        try
        {
            if (await Task.WhenAny(sending, Task.Delay(timeout)) != sending)
            {
                // The sample cannot be stopped; the worker takes no new work and is ended once its other samples finish.
                worker.Retired = true;
                Release(worker); released = true;
                return new RunOutcome(OutcomeKind.Timeout, "", "", $"did not finish within {timeout.TotalSeconds:0} s", watch.ElapsedMilliseconds, "shared worker");
            }
            var reply = await sending;
            return FromReply(reply, reply.Stdout, reply.Stderr, watch.ElapsedMilliseconds, "shared worker");
        }
        catch (WorkerDiedException)
        {
            Release(worker); released = true;
            return await RunSoloAsync(sample, timeout, "its shared worker died while it ran");
        }
        finally
        {
            if (!released) Release(worker);
        }
    }

    /// <summary>
    /// Starts a shared worker and a spare solo worker if there are none yet, so that their start-up overlaps the
    /// compilation of the first samples instead of following it. Cheap to call again.
    /// </summary>
    public void Prepare()
    {
        lock (gate)
        {
            if (!shared.Any(w => !w.Retired && !w.Exited.IsCompleted)) shared.Add(WorkerProcess.Start(WorkerMode.Shared, NewScratchDirectory()));
            spareSolo ??= WorkerProcess.Start(WorkerMode.Solo, NewScratchDirectory());
        }
    }

    /// <summary>The spare solo worker if it is still alive (a new spare is started in its place), else a new one.</summary>
    WorkerProcess TakeSoloWorker()
    {
        lock (gate)
        {
            var worker = spareSolo;
            spareSolo = null;
            if (worker is { Exited.IsCompleted: false })
            {
                spareSolo = WorkerProcess.Start(WorkerMode.Solo, NewScratchDirectory());
                return worker;
            }
        }
        return WorkerProcess.Start(WorkerMode.Solo, NewScratchDirectory());
    }

    WorkerProcess PickSharedWorker()
    {
        lock (gate)
        {
            shared.RemoveAll(w => w.Exited.IsCompleted);
            var worker = shared.Where(w => !w.Retired && !w.Exited.IsCompleted).MinBy(w => w.InFlight);
            if (worker is null || (worker.InFlight > 0 && shared.Count(w => !w.Retired) < sharedWorkers))
            {
                worker = WorkerProcess.Start(WorkerMode.Shared, NewScratchDirectory());
                shared.Add(worker);
            }
            worker.InFlight++;
            if (++worker.Served >= RetireAfter) worker.Retired = true;
            return worker;
        }
    }

    void Release(WorkerProcess worker)
    {
        sharedSlots.Release();
        lock (gate)
        {
            worker.InFlight--;
            if (worker.Retired && worker.InFlight <= 0) worker.Kill();
        }
    }

    async Task<RunOutcome> RunSoloAsync(CompiledSample sample, TimeSpan timeout, string reason)
    {
        await soloSlots.WaitAsync();
        var worker = TakeSoloWorker();
        // The sample's time starts once its process is up: start-up is the tool's cost, not the sample's.
        await Task.WhenAny(worker.Ready, worker.Exited);
        var watch = Stopwatch.StartNew();
        var where = $"own process ({reason})";
        try
        {
            var request = new RunRequest(Interlocked.Increment(ref nextId), sample.AssemblyName, sample.Assembly, sample.Pdb, WorkerProcess.OutputLimit);
            var sending = worker.SendAsync(request);
            var first = await Task.WhenAny(sending, worker.Exited, Task.Delay(timeout));
            var wall = watch.ElapsedMilliseconds;
            worker.Kill();
            var stdout = await worker.Stdout.WaitAsync(ProcessOutput.DrainPatience);
            var stderr = await worker.Stderr.WaitAsync(TimeSpan.FromMilliseconds(500));
            if (worker.Stdout.Overflowed)
                return new RunOutcome(OutcomeKind.OutputLimit, stdout, stderr, $"wrote more than {WorkerProcess.OutputLimit:N0} characters", wall, where);
            if (first == sending && sending.IsCompletedSuccessfully)
                return FromReply(sending.Result, stdout, stderr, wall, where);
            if (first != sending && first != worker.Exited)
                return new RunOutcome(OutcomeKind.Timeout, stdout, stderr, $"did not finish within {timeout.TotalSeconds:0} s", wall, where);
            await worker.Exited;
            var code = worker.ExitCode;
            // No reply but an exit: Environment.Exit (a plain exit code) or a crash (the runtime explains it on stderr).
            return code == 0 ? new RunOutcome(OutcomeKind.Completed, stdout, stderr, "", wall, where)
                : stderr.Trim().Length == 0 ? new RunOutcome(OutcomeKind.ExitCode, stdout, stderr, $"exited with code {code}", wall, where)
                : new RunOutcome(OutcomeKind.Crashed, stdout, stderr, CrashDetail(code, stderr), wall, where);
        }
        finally
        {
            await worker.DisposeAsync();
            soloSlots.Release();
            TryDelete(worker.WorkingDirectory);
        }
    }

    static string CrashDetail(int code, string stderr)
    {
        var firstLines = StderrSummary.FirstLines(stderr);
        return $"the process ended with exit code {code}" + (firstLines.Length > 0 ? $": {firstLines}" : "");
    }

    static RunOutcome FromReply(RunReply reply, string stdout, string stderr, long wall, string where) => reply.End switch
    {
        RunEnd.OutputLimit => new(OutcomeKind.OutputLimit, stdout, stderr, $"wrote more than {WorkerProcess.OutputLimit:N0} characters", wall, where),
        RunEnd.Threw => new(OutcomeKind.Threw, stdout, stderr, reply.Error, wall, where),
        _ when reply.ExitCode != 0 => new(OutcomeKind.ExitCode, stdout, stderr, $"exited with code {reply.ExitCode}", wall, where),
        _ => new(OutcomeKind.Completed, stdout, stderr, "", wall, where, reply.Spans),
    };

    string NewScratchDirectory()
    {
        var path = Path.Combine(scratchRoot, $"run-{Interlocked.Increment(ref scratchCount)}");
        Directory.CreateDirectory(path);
        return path;
    }

    static void TryDelete(string directory)
    {
        try { Directory.Delete(directory, recursive: true); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    public async ValueTask DisposeAsync()
    {
        List<WorkerProcess> all;
        lock (gate)
        {
            all = [.. shared];
            if (spareSolo is not null) all.Add(spareSolo);
            spareSolo = null;
        }
        await Task.WhenAll(all.Select(async worker =>
        {
            await worker.DisposeAsync();
            if (worker.Mode == WorkerMode.Solo) TryDelete(worker.WorkingDirectory);
        }));
    }
}
