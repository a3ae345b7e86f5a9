using System.Diagnostics;

// Spans for the timeline under this sample: each download, and each moment the loop handled one.
var trace = new ActivitySource("downloads");
using Activity? loop = new ActivitySource("await foreach").StartActivity("the loop");

Task<string>[] downloads =
[
    DownloadAsync("a.html", 900),
    DownloadAsync("b.html", 300),
    DownloadAsync("c.html", 600),
];

// Task.WhenEach (.NET 9) yields each task as it completes.
await foreach (Task<string> finished in Task.WhenEach(downloads))
{
    int stillRunning = downloads.Count(t => !t.IsCompleted);
    Console.WriteLine($"{await finished} done, {stillRunning} still running");
    loop?.AddEvent(new($"{await finished} handled"));
}

async Task<string> DownloadAsync(string page, int delayMs)
{
    using Activity? span = trace.StartActivity(page);
    await Task.Delay(delayMs);
    return page;
}
