using System.Collections.Concurrent;
using System.Diagnostics;

SingleThreadedLoop.Run(async () =>
    Console.WriteLine($"one-thread loop: a 100 ms timer was held up by Thread.Sleep: {await TimerHeldUpAsync()}"));
Console.WriteLine($"thread pool:     a 100 ms timer was held up by Thread.Sleep: {await TimerHeldUpAsync()}");

static async Task<bool> TimerHeldUpAsync()
{
    var clock = Stopwatch.StartNew();
    var sleepEnded = TimeSpan.MaxValue;
    async Task BlockingWorkAsync() { await Task.Yield(); Thread.Sleep(500); sleepEnded = clock.Elapsed; }
    async Task<TimeSpan> TimerAsync() { await Task.Delay(100); return clock.Elapsed; }

    Task blocking = BlockingWorkAsync(); // its blocking part is queued first,
    Task<TimeSpan> timer = TimerAsync(); // then the timer starts
    await blocking;
    return await timer >= sleepEnded;
}

sealed class SingleThreadedLoop : SynchronizationContext
{
    private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> queue = new();

    public override void Post(SendOrPostCallback callback, object? state) => queue.Add((callback, state));
    public override SynchronizationContext CreateCopy() => this;

    public static void Run(Func<Task> entryPoint)
    {
        var loop = new SingleThreadedLoop();
        SetSynchronizationContext(loop);
        Task main = entryPoint();
        main.ContinueWith(_ => loop.queue.CompleteAdding(), TaskScheduler.Default);
        foreach (var (callback, state) in loop.queue.GetConsumingEnumerable())
            callback(state);
        SetSynchronizationContext(null);
        main.GetAwaiter().GetResult();
    }
}
