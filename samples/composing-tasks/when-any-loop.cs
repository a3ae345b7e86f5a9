// The as-completed loop written before .NET 9: WhenAny, handle, remove, repeat.
List<Task<string>> remaining =
[
    DownloadAsync("a.html", 600),
    DownloadAsync("b.html", 200),
    DownloadAsync("c.html", 400),
];

while (remaining.Count > 0)
{
    Task<string> finished = await Task.WhenAny(remaining);
    remaining.Remove(finished);
    Console.WriteLine($"{await finished} done, {remaining.Count} still running");
}

static async Task<string> DownloadAsync(string page, int delayMs)
{
    await Task.Delay(delayMs);
    return page;
}
