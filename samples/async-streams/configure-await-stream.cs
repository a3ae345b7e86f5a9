var context = new MarkedContext();
SynchronizationContext.SetSynchronizationContext(context);
Task demo = ConsumeAsync(); // starts on the context and captures it
SynchronizationContext.SetSynchronizationContext(null);
await demo;

static async Task ConsumeAsync()
{
    await foreach (var n in NumbersAsync())
        Console.WriteLine($"default:               item {n}, body on the context: {OnContext()}");

    await foreach (var n in NumbersAsync().ConfigureAwait(false))
        Console.WriteLine($"ConfigureAwait(false): item {n}, body on the context: {OnContext()}");
}

static bool OnContext() => SynchronizationContext.Current is MarkedContext;

static async IAsyncEnumerable<int> NumbersAsync()
{
    for (int i = 1; i <= 2; i++)
    {
        await Task.Delay(50).ConfigureAwait(false); // library code needs no context
        yield return i;
    }
}

// Runs posted callbacks on the thread pool, marked as "on the context" while they run.
sealed class MarkedContext : SynchronizationContext
{
    public override void Post(SendOrPostCallback callback, object? state) =>
        ThreadPool.QueueUserWorkItem(_ =>
        {
            SetSynchronizationContext(this);
            try { callback(state); }
            finally { SetSynchronizationContext(null); }
        });
}
