using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;

// Each stage's work on each order is a span in the timeline under this sample, in the stage's lane.
var parsing = new ActivitySource("stage 1: parse");
var pricing = new ActivitySource("stage 2: price");

int parsedCount = 0;
int? parsedWhenPricingBegan = null;

ChannelReader<string> lines = Source("tea,3", "coffee,2", "cocoa,1", "juice,4", "water,6", "soda,5");
ChannelReader<(string Name, int Qty)> orders = Stage(lines, async line =>
{
    using Activity? span = parsing.StartActivity(line.Split(',')[0]);
    await Task.Delay(100); // stage 1: parse
    Interlocked.Increment(ref parsedCount);
    var parts = line.Split(',');
    return (parts[0], int.Parse(parts[1]));
});
ChannelReader<string> invoiceLines = Stage(orders, async order =>
{
    using Activity? span = pricing.StartActivity(order.Name);
    parsedWhenPricingBegan ??= Volatile.Read(ref parsedCount);
    await Task.Delay(100); // stage 2: look up the price
    return $"{order.Name} x{order.Qty} = {(order.Qty * 2.5m).ToString("0.00", CultureInfo.InvariantCulture)}";
});

await foreach (string invoiceLine in invoiceLines.ReadAllAsync())
    Console.WriteLine(invoiceLine);
Console.WriteLine($"orders parsed when pricing began: {parsedWhenPricingBegan} of 6");

static ChannelReader<T> Source<T>(params T[] items)
{
    var channel = Channel.CreateUnbounded<T>();
    foreach (T item in items) channel.Writer.TryWrite(item);
    channel.Writer.Complete();
    return channel.Reader;
}

static ChannelReader<TOut> Stage<TIn, TOut>(ChannelReader<TIn> input, Func<TIn, Task<TOut>> transform)
{
    var output = Channel.CreateBounded<TOut>(capacity: 2);
    _ = Task.Run(async () =>
    {
        Exception? error = null;
        try
        {
            await foreach (TIn item in input.ReadAllAsync())
                await output.Writer.WriteAsync(await transform(item));
        }
        catch (Exception ex) { error = ex; }
        finally { output.Writer.Complete(error); } // null: done; an exception travels downstream
    });
    return output.Reader;
}
