using System.Collections.Concurrent;
using System.Diagnostics;

SingleThreadedContext.Run(async () =>
{
    Task<string> greeting;
    using (SingleThreadedContext.Trace.StartActivity("LoadGreetingAsync()")?.SetTag("lane", "the context's only thread"))
        greeting = LoadGreetingAsync(); // returns at its await of Task.Delay(100)
    bool finished;
    using (SingleThreadedContext.Trace.StartActivity("greeting.Wait(500 ms)")?.SetTag("lane", "the context's only thread"))
        finished = greeting.Wait(TimeSpan.FromMilliseconds(500)); // blocks the only thread
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
    // Spans for the timeline under this sample: here, how long each posted callback waited in the queue.
    public static readonly ActivitySource Trace = new("single-threaded context");
    readonly BlockingCollection<(SendOrPostCallback Callback, object? State, Activity? Waiting)> queue = [];

    public override void Post(SendOrPostCallback callback, object? state) =>
        queue.Add((callback, state, Trace.StartActivity("posted callback waits")?.SetTag("lane", "the context's queue")));

    public static void Run(Func<Task> entryPoint)
    {
        var context = new SingleThreadedContext();
        SetSynchronizationContext(context);
        Task done = entryPoint();
        done.ContinueWith(_ => context.queue.CompleteAdding(), TaskScheduler.Default);
        foreach (var (callback, state, waiting) in context.queue.GetConsumingEnumerable())
        {
            waiting?.Dispose();
            callback(state);
        }
        done.GetAwaiter().GetResult();
    }
}
