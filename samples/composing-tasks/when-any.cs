using System.Diagnostics;

// Spans for the timeline under this sample: each download, and what the top-level code waited for.
var trace = new ActivitySource("downloads");
var waiting = new ActivitySource("top-level code");

Task<string>[] downloads =
[
    DownloadAsync("a.html", 600),
    DownloadAsync("b.html", 200),
    DownloadAsync("c.html", 400),
];

Task<string> first;
using (waiting.StartActivity("await WhenAny"))
    first = await Task.WhenAny(downloads);
Console.WriteLine($"first finished: {await first}"); // already complete: no waiting here

int done = downloads.Count(t => t.IsCompleted);
int pending = downloads.Count(t => !t.IsCompleted);
Console.WriteLine($"done: {done}, pending: {pending}");

string[] all;
using (waiting.StartActivity("await WhenAll"))
    all = await Task.WhenAll(downloads);
Console.WriteLine($"after WhenAll: {string.Join(", ", all)}");

async Task<string> DownloadAsync(string page, int delayMs)
{
    using Activity? span = trace.StartActivity(page);
    await Task.Delay(delayMs);
    return page;
}
