using System.Collections.Concurrent;

SingleThreadedLoop.Run(async () =>
{
    var loopThread = Thread.CurrentThread;
    var onLoopThread = new List<bool>(); // no lock needed: only the loop thread touches it

    async Task WorkAsync(int delayMs)
    {
        for (var step = 0; step < 3; step++)
        {
            await Task.Delay(delayMs);
            onLoopThread.Add(Thread.CurrentThread == loopThread);
        }
    }

    await Task.WhenAll(WorkAsync(100), WorkAsync(150), WorkAsync(200));
    Console.WriteLine($"continuations: {onLoopThread.Count}, all on the loop thread: {onLoopThread.All(x => x)}");
});

// Queues every continuation posted to it and runs them one by one on the thread that called Run.
sealed class SingleThreadedLoop : SynchronizationContext
{
    private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> queue = new();

    public override void Post(SendOrPostCallback callback, object? state) => queue.Add((callback, state));
    public override SynchronizationContext CreateCopy() => this;

    public static void Run(Func<Task> entryPoint)
    {
        var loop = new SingleThreadedLoop();
        SetSynchronizationContext(loop);
        Task main = entryPoint(); // runs here, synchronously, up to its first await
        main.ContinueWith(_ => loop.queue.CompleteAdding(), TaskScheduler.Default);
        foreach (var (callback, state) in loop.queue.GetConsumingEnumerable())
            callback(state);
        SetSynchronizationContext(null);
        main.GetAwaiter().GetResult(); // rethrows if the entry point failed
    }
}
