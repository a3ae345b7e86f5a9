using System.Runtime.CompilerServices;
using System.Threading.Channels;

int feedsClosed = 0;

// Two feeds, interleaved in time: quotes at 0.1, 0.5, 0.9 s, news at 0.3, 0.7 s.
await foreach (string update in MergeAsync([FeedAsync("quote", firstAfterMs: 100, count: 3), FeedAsync("news", firstAfterMs: 300, count: 2)]))
    Console.WriteLine(update);

Console.WriteLine("--- leaving after two updates");
feedsClosed = 0;
await foreach (string update in MergeAsync([FeedAsync("quote", 100, 3), FeedAsync("news", 300, 2)]))
{
    Console.WriteLine(update);
    if (update.StartsWith("news", StringComparison.Ordinal)) break;
}
Console.WriteLine($"feeds closed when the loop ended: {feedsClosed} of 2");

// Items come out in the order they arrive, whichever source produced them.
static async IAsyncEnumerable<T> MergeAsync<T>(IEnumerable<IAsyncEnumerable<T>> sources,
    [EnumeratorCancellation] CancellationToken token = default)
{
    var arrived = Channel.CreateUnbounded<T>();
    using var stopSources = CancellationTokenSource.CreateLinkedTokenSource(token);
    Task pumping = Task.WhenAll(sources.Select(async source =>
    {
        await foreach (T item in source.WithCancellation(stopSources.Token))
            await arrived.Writer.WriteAsync(item, stopSources.Token);
    }));
    _ = pumping.ContinueWith(done => arrived.Writer.TryComplete(done.Exception?.InnerException), TaskScheduler.Default);
    try
    {
        await foreach (T item in arrived.Reader.ReadAllAsync(token)) yield return item;
    }
    finally
    {
        stopSources.Cancel(); // the consumer left early or a source failed: stop the others
        await pumping.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}

async IAsyncEnumerable<string> FeedAsync(string name, int firstAfterMs, int count,
    [EnumeratorCancellation] CancellationToken token = default)
{
    try
    {
        await Task.Delay(firstAfterMs, token);
        for (int i = 1; i <= count; i++)
        {
            if (i > 1) await Task.Delay(400, token);
            yield return $"{name} {i}";
        }
    }
    finally
    {
        Interlocked.Increment(ref feedsClosed);
    }
}
