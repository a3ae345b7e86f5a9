namespace DocRunner.Sessions;

/// <summary>One session's cost: on which worker, whether that worker was fresh, its wall and CPU time, and the worker's memory after it.</summary>
public sealed record SessionMeasurement(int Worker, bool Cold, long WallMs, long CpuMs, long WorkingSet, long ManagedHeap, int LoadedAssemblies);

/// <summary>
/// Runs sessions in a few session worker processes, one session at a time in each, and recycles them: every
/// script submission leaves an assembly loaded for the life of its process, so a worker is ended after
/// <c>recycleAfter</c> sessions, or as soon as its working set passes <c>memoryCeiling</c>, and a fresh one takes
/// its place. A worker whose session timed out, crashed or flooded the console is ended too.
/// </summary>
public sealed class SessionPool(string scratchRoot, int workers = 2, int recycleAfter = 40, long memoryCeiling = 512L << 20) : IAsyncDisposable
{
    public const int OutputLimit = 1_000_000;
    readonly SemaphoreSlim slots = new(Math.Max(1, workers));
    readonly Stack<(SessionWorkerProcess Worker, int Number)> idle = new();
    readonly List<SessionWorkerProcess> everStarted = [];
    readonly List<Task> retiring = [];
    readonly List<SessionMeasurement> measurements = [];
    readonly Lock gate = new();
    int nextId;

    public int RecycleAfter => recycleAfter;
    public long MemoryCeiling => memoryCeiling;
    public int WorkersStarted { get { lock (gate) return everStarted.Count; } }
    public IReadOnlyList<SessionMeasurement> Measurements { get { lock (gate) return [.. measurements]; } }
    public long PeakWorkingSet { get { lock (gate) return measurements.Count == 0 ? 0 : measurements.Max(m => m.WorkingSet); } }
    public TimeSpan WorkerCpuTime { get { lock (gate) return TimeSpan.FromTicks(everStarted.Sum(w => w.CpuTime.Ticks)); } }

    public async Task<SessionOutcome> RunAsync(IReadOnlyList<string> submissions, TimeSpan timeout)
    {
        await slots.WaitAsync();
        try
        {
            var (worker, number) = Take();
            var cold = worker.Served == 0;
            var cpuBefore = worker.CpuTime;
            var outcome = await worker.RunAsync(new SessionRequest(Interlocked.Increment(ref nextId), submissions, OutputLimit), timeout);
            worker.Served++;
            var keep = outcome is { End: SessionEnd.Completed, Finished: { } finished }
                && finished.WorkingSet < memoryCeiling && worker.Served < recycleAfter;
            lock (gate)
            {
                if (outcome.Finished is { } f)
                    measurements.Add(new(number, cold, outcome.WallMs, (long)(worker.CpuTime - cpuBefore).TotalMilliseconds,
                        f.WorkingSet, f.ManagedHeap, f.LoadedAssemblies));
                if (keep) idle.Push((worker, number));
                else retiring.Add(worker.DisposeAsync().AsTask());
            }
            return outcome;
        }
        finally
        {
            slots.Release();
        }
    }

    (SessionWorkerProcess, int) Take()
    {
        lock (gate)
        {
            if (idle.Count > 0) return idle.Pop();
            var directory = Path.Combine(scratchRoot, $"sessions-{everStarted.Count + 1}");
            Directory.CreateDirectory(directory);
            var worker = SessionWorkerProcess.Start(directory);
            everStarted.Add(worker);
            return (worker, everStarted.Count);
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<Task> ending;
        lock (gate)
        {
            ending = [.. retiring, .. idle.Select(w => w.Worker.DisposeAsync().AsTask())];
            idle.Clear();
        }
        await Task.WhenAll(ending);
    }
}
