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
}

static async Task<string> DownloadAsync(string page, int delayMs)
{
    await Task.Delay(delayMs);
    return page;
}
