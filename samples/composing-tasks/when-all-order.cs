using System.Diagnostics;

var clock = Stopwatch.StartNew();
string[] pages = await Task.WhenAll(
    DownloadAsync("slow.html", 600),
    DownloadAsync("fast.html", 200),
    DownloadAsync("medium.html", 400));

Console.WriteLine($"results: {string.Join(", ", pages)}");
Console.WriteLine($"elapsed: {clock.Elapsed.TotalSeconds:0.0} s (the sum of the delays is 1.2 s)");

static async Task<string> DownloadAsync(string page, int delayMs)
{
    await Task.Delay(delayMs);
    Console.WriteLine($"finished {page}");
    return page;
}
