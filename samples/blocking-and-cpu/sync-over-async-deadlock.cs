using System.Collections.Concurrent;

SingleThreadedContext.Run(async () =>
{
    Task<string> greeting = LoadGreetingAsync();
    bool finished = greeting.Wait(TimeSpan.FromMilliseconds(500)); // blocks the only thread
    Console.WriteLine($"Wait finished in time: {finished}");

    Console.WriteLine($"await instead: {await greeting}");
});

static async Task<string> LoadGreetingAsync()
{
    await Task.Delay(100); // captures the context, so it must resume on the blocked thread
    return "hello";
}

// Like a UI thread: one thread runs every posted callback, one at a time.
sealed class SingleThreadedContext : SynchronizationContext
{
    readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> queue = [];

    public override void Post(SendOrPostCallback callback, object? state) => queue.Add((callback, state));

    public static void Run(Func<Task> entryPoint)
    {
        var context = new SingleThreadedContext();
        SetSynchronizationContext(context);
        Task done = entryPoint();
        done.ContinueWith(_ => context.queue.CompleteAdding(), TaskScheduler.Default);
        foreach (var (callback, state) in context.queue.GetConsumingEnumerable())
            callback(state);
        done.GetAwaiter().GetResult();
    }
}
