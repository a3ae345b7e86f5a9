using System.Threading.Channels;

var channel = Channel.CreateUnbounded<string>();

Task producer = ProduceAsync(channel.Writer);
Task consumer = ConsumeAsync(channel.Reader);
await Task.WhenAll(producer, consumer);
Console.WriteLine("both tasks finished");

static async Task ProduceAsync(ChannelWriter<string> writer)
{
    foreach (var order in new[] { "tea", "coffee", "cocoa" })
    {
        await Task.Delay(300);
        Console.WriteLine($"producing {order}");
        await writer.WriteAsync(order);
    }
    writer.Complete(); // no sentinel: this is the "no more items" signal
}

static async Task ConsumeAsync(ChannelReader<string> reader)
{
    await foreach (var order in reader.ReadAllAsync())
        Console.WriteLine($"  consumed {order}");
    Console.WriteLine("  channel completed and empty: the loop ended");
}
