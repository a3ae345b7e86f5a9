using System.Diagnostics;
using System.Threading.Channels;

const int Pages = 8;

var oneAfterAnother = Stopwatch.StartNew();
for (int page = 1; page <= Pages; page++) await ProcessAsync(await DownloadAsync(page));
oneAfterAnother.Stop();

var overlapped = Stopwatch.StartNew();
var buffer = Channel.CreateBounded<string>(capacity: 2);
Task producer = Task.Run(async () =>
{
    try { for (int page = 1; page <= Pages; page++) await buffer.Writer.WriteAsync(await DownloadAsync(page)); }
    finally { buffer.Writer.Complete(); }
});
await foreach (string content in buffer.Reader.ReadAllAsync()) await ProcessAsync(content);
await producer;
overlapped.Stop();

Console.WriteLine($"through a channel, faster than one after another: {overlapped.Elapsed < oneAfterAnother.Elapsed}");
Console.WriteLine($"saved at least a quarter of the time: {overlapped.Elapsed < oneAfterAnother.Elapsed * 3 / 4}");

static async Task<string> DownloadAsync(int page) { await Task.Delay(100); return $"page {page}"; }
static async Task ProcessAsync(string content) => await Task.Delay(100);
