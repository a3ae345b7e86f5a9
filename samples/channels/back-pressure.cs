using System.Diagnostics;
using System.Threading.Channels;

// Each write and each item's processing is a span in the timeline under this sample.
var trace = new ActivitySource("channel");

await RunAsync("capacity 1", Channel.CreateBounded<int>(capacity: 1));
await RunAsync("unbounded", Channel.CreateUnbounded<int>());

async Task RunAsync(string title, Channel<int> channel)
{
    Console.WriteLine($"{title}:");
    var producer = Task.Run(async () =>
    {
        for (int item = 1; item <= 3; item++)
        {
            using (trace.StartActivity($"write {item}")?.SetTag("lane", $"producer, {title}"))
                await channel.Writer.WriteAsync(item);
            Console.WriteLine($"  produced {item}");
        }
        channel.Writer.Complete();
    });

    await foreach (int item in channel.Reader.ReadAllAsync())
    {
        using Activity? span = trace.StartActivity($"consume {item}")?.SetTag("lane", $"consumer, {title}");
        await Task.Delay(200); // a slow consumer
        Console.WriteLine($"      consumed {item}");
    }
    await producer;
}
