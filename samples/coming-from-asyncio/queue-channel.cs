using System.Threading.Channels;

// asyncio.Queue(maxsize=2)
var queue = Channel.CreateBounded<string>(capacity: 2);

Task producer = ProduceAsync(queue.Writer);
Task consumer = ConsumeAsync(queue.Reader);
await Task.WhenAll(producer, consumer);

static async Task ProduceAsync(ChannelWriter<string> writer)
{
    foreach (string photo in new[] { "cat.jpg", "dog.jpg", "owl.jpg", "fox.jpg", "elk.jpg" })
    {
        await writer.WriteAsync(photo);   // await queue.put(photo): waits while the queue is full
        Console.WriteLine($"queued {photo}");
    }
    writer.Complete();                    // instead of putting a None sentinel
}

static async Task ConsumeAsync(ChannelReader<string> reader)
{
    await foreach (string photo in reader.ReadAllAsync())   // ends after Complete()
    {
        await Task.Delay(100);
        Console.WriteLine($"  resized {photo}");
    }
    Console.WriteLine("  queue completed");
}
