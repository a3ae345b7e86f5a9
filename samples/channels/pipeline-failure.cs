using System.Threading.Channels;

#region unlinked
{
    var (parsed, parsing) = Stage(Orders(count: 20), ParseAsync, pipeline: null);
    var (priced, _) = Stage(parsed, PriceAsync, pipeline: null);
    await ConsumeAsync(priced);
    Console.WriteLine($"stage 1 stopped within 500 ms: {await StopsWithinAsync(parsing, 500)}");
}
#endregion

#region linked
{
    using var pipeline = new CancellationTokenSource();
    var (parsed, parsing) = Stage(Orders(count: 20), ParseAsync, pipeline);
    var (priced, _) = Stage(parsed, PriceAsync, pipeline);
    await ConsumeAsync(priced);
    Console.WriteLine($"stage 1 stopped within 500 ms: {await StopsWithinAsync(parsing, 500)}");
}
#endregion

static async Task ConsumeAsync(ChannelReader<int> priced)
{
    try
    {
        await foreach (int order in priced.ReadAllAsync()) Console.WriteLine($"order {order} priced");
    }
    catch (FormatException ex) { Console.WriteLine($"consumer caught: {ex.Message}"); }
}

static async Task<int> ParseAsync(int order) { await Task.Delay(10); return order; }

static async Task<int> PriceAsync(int order)
{
    await Task.Delay(10);
    return order == 3 ? throw new FormatException($"order {order} has no price") : order;
}

static async Task<bool> StopsWithinAsync(Task stage, int milliseconds) =>
    await Task.WhenAny(stage, Task.Delay(milliseconds)) == stage;

static ChannelReader<int> Orders(int count)
{
    var channel = Channel.CreateUnbounded<int>();
    for (int order = 1; order <= count; order++) channel.Writer.TryWrite(order);
    channel.Writer.Complete();
    return channel.Reader;
}

// Like pipeline.cs's Stage, and returns the stage's task too. A failing stage cancels the shared source, if there is one.
static (ChannelReader<TOut> Output, Task Running) Stage<TIn, TOut>(
    ChannelReader<TIn> input, Func<TIn, Task<TOut>> transform, CancellationTokenSource? pipeline)
{
    var token = pipeline?.Token ?? CancellationToken.None;
    var output = Channel.CreateBounded<TOut>(capacity: 2);
    var running = Task.Run(async () =>
    {
        Exception? error = null;
        try
        {
            await foreach (TIn item in input.ReadAllAsync())
                await output.Writer.WriteAsync(await transform(item), token); // a full output waits here
        }
        catch (Exception ex)
        {
            error = ex;
            pipeline?.Cancel(); // wake the stages upstream, which nobody reads from any more
        }
        finally { output.Writer.Complete(error); }
    });
    return (output.Reader, running);
}
