using System.Diagnostics;

// Each download is a span in the timeline under this sample.
var trace = new ActivitySource("downloads");

var clock = Stopwatch.StartNew();
(string Page, TimeSpan Took)[] downloads = await Task.WhenAll(
    DownloadAsync("slow.html", 600),
    DownloadAsync("fast.html", 200),
    DownloadAsync("medium.html", 400));
TimeSpan batch = clock.Elapsed;

Console.WriteLine($"results: {string.Join(", ", downloads.Select(d => d.Page))}");
TimeSpan slowest = downloads.Max(d => d.Took);
TimeSpan sum = downloads.Aggregate(TimeSpan.Zero, (total, d) => total + d.Took);
// Compare with measured times, not fixed numbers: on a busy machine every delay runs late.
Console.WriteLine($"the batch took about as long as the slowest download, not the sum: {batch - slowest < sum - batch}");

async Task<(string Page, TimeSpan Took)> DownloadAsync(string page, int delayMs)
{
    using Activity? span = trace.StartActivity(page);
    var clock = Stopwatch.StartNew();
    await Task.Delay(delayMs);
    Console.WriteLine($"finished {page}");
    return (page, clock.Elapsed);
}
