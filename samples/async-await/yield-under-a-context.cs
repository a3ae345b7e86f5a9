using System.Collections.Concurrent;
using System.Diagnostics;

var clock = Stopwatch.StartNew();
bool busyPartDone = false;

OneThreadLoop.Run(async () =>
{
    await MeasureAsync("Task.Yield", () => IndexDocumentsAsync(YieldWith.TaskYield));
    await MeasureAsync("ForceYielding", () => IndexDocumentsAsync(YieldWith.ForceYielding));
    await MeasureAsync("Task.Run", () => Task.Run(() => IndexDocumentsAsync(YieldWith.Nothing)));
});

async Task MeasureAsync(string how, Func<Task<TimeSpan>> startIndexing)
{
    Task<TimeSpan> indexing = startIndexing();
    bool ranInsideTheCall = busyPartDone;
    await Task.Delay(50); // the loop's next job, say repainting a window
    TimeSpan repainted = clock.Elapsed;
    TimeSpan busyPartEnded = await indexing;
    busyPartDone = false;
    Console.WriteLine($"{how,-13} busy part ran inside the call: {ranInsideTheCall}, repaint waited for it: {repainted > busyPartEnded}");
}

async Task<TimeSpan> IndexDocumentsAsync(YieldWith yieldWith)
{
    if (yieldWith == YieldWith.TaskYield)
        await Task.Yield();
    if (yieldWith == YieldWith.ForceYielding)
        await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
    var busy = Stopwatch.StartNew();
    while (busy.Elapsed < TimeSpan.FromSeconds(0.3)) { } // CPU-bound work
    TimeSpan busyPartEnded = clock.Elapsed;
    busyPartDone = true;
    await Task.Delay(50);
    return busyPartEnded;
}

enum YieldWith { Nothing, TaskYield, ForceYielding }

// A minimal one-thread event loop, like a UI thread's (see "Where your code runs").
sealed class OneThreadLoop : SynchronizationContext
{
    private readonly BlockingCollection<(SendOrPostCallback Work, object? State)> pending = new();

    public override void Post(SendOrPostCallback work, object? state) => pending.Add((work, state));
    public override SynchronizationContext CreateCopy() => this;

    public static void Run(Func<Task> entryPoint)
    {
        var loop = new OneThreadLoop();
        SetSynchronizationContext(loop);
        Task entry = entryPoint();
        entry.ContinueWith(_ => loop.pending.CompleteAdding(), TaskScheduler.Default);
        foreach (var (work, state) in loop.pending.GetConsumingEnumerable())
            work(state);
        SetSynchronizationContext(null);
        entry.GetAwaiter().GetResult();
    }
}
