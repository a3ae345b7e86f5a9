using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;

var channel = Channel.CreateBounded<int>(capacity: 10);
var resized = new ConcurrentBag<int>();
var stopwatch = Stopwatch.StartNew();

Task[] workers = Enumerable.Range(1, 3)
    .Select(_ => ResizeAllAsync(channel.Reader, resized))
    .ToArray();

for (int photo = 1; photo <= 9; photo++)
    await channel.Writer.WriteAsync(photo);
channel.Writer.Complete();

await Task.WhenAll(workers); // each worker has drained the channel and finished its last photo
Console.WriteLine($"resized: {string.Join(", ", resized.Order())}");
Console.WriteLine($"each photo exactly once: {resized.Count == 9 && resized.Distinct().Count() == 9}");
Console.WriteLine($"3 workers beat 9 x 100 ms: {stopwatch.Elapsed < TimeSpan.FromSeconds(0.9)}");

static async Task ResizeAllAsync(ChannelReader<int> reader, ConcurrentBag<int> resized)
{
    await foreach (int photo in reader.ReadAllAsync())
    {
        await Task.Delay(100); // the slow part: resizing one photo
        resized.Add(photo);
    }
}
