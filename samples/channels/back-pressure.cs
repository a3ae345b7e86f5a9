using System.Threading.Channels;

await RunAsync("capacity 1", Channel.CreateBounded<int>(capacity: 1));
await RunAsync("unbounded", Channel.CreateUnbounded<int>());

static async Task RunAsync(string title, Channel<int> channel)
{
    Console.WriteLine($"{title}:");
    var producer = Task.Run(async () =>
    {
        for (int item = 1; item <= 3; item++)
        {
            await channel.Writer.WriteAsync(item);
            Console.WriteLine($"  produced {item}");
        }
        channel.Writer.Complete();
    });

    await foreach (int item in channel.Reader.ReadAllAsync())
    {
        await Task.Delay(200); // a slow consumer
        Console.WriteLine($"      consumed {item}");
    }
    await producer;
}
