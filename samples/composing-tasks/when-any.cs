Task<string>[] downloads =
[
    DownloadAsync("a.html", 600),
    DownloadAsync("b.html", 200),
    DownloadAsync("c.html", 400),
];

Task<string> first = await Task.WhenAny(downloads);
Console.WriteLine($"first finished: {await first}"); // already complete: no waiting here

int done = downloads.Count(t => t.IsCompleted);
int pending = downloads.Count(t => !t.IsCompleted);
Console.WriteLine($"done: {done}, pending: {pending}");

string[] all = await Task.WhenAll(downloads);
Console.WriteLine($"after WhenAll: {string.Join(", ", all)}");

static async Task<string> DownloadAsync(string page, int delayMs)
{
    await Task.Delay(delayMs);
    return page;
}
