using System.Collections.Concurrent;

SingleThreadedLoop.Run(async () =>
{
    var loopThread = Thread.CurrentThread;

    bool bodyOnPool = await Task.Run(() => Thread.CurrentThread.IsThreadPoolThread);
    Console.WriteLine($"the Task.Run body ran on a pool thread: {bodyOnPool}");
    Console.WriteLine($"after await Task.Run: back on the loop thread: {Thread.CurrentThread == loopThread}");

    await Task.Delay(100).ConfigureAwait(false);
    Console.WriteLine($"after ConfigureAwait(false): on the loop thread: {Thread.CurrentThread == loopThread}");
    Console.WriteLine($"after ConfigureAwait(false): SynchronizationContext.Current is null: {SynchronizationContext.Current is null}");
});

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
