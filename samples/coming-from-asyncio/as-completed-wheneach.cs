Task<string>[] downloads =
[
    DownloadAsync("alpha", 0.5),
    DownloadAsync("beta", 0.1),
    DownloadAsync("gamma", 0.3),
];

// for next_done in asyncio.as_completed(downloads): print(await next_done)
await foreach (Task<string> done in Task.WhenEach(downloads))
    Console.WriteLine(await done);

static async Task<string> DownloadAsync(string name, double seconds)
{
    await Task.Delay(TimeSpan.FromSeconds(seconds));
    return FormattableString.Invariant($"{name} after {seconds} s"); // 0.5, not 0,5, in every culture
}
