using System.Diagnostics;

var stopwatch = Stopwatch.StartNew();

// asyncio.gather(fetch("alpha", 0.3), fetch("beta", 0.1), fetch("gamma", 0.2))
(string Page, TimeSpan Took)[] results = await Task.WhenAll(
    FetchAsync("alpha", 0.3),
    FetchAsync("beta", 0.1),
    FetchAsync("gamma", 0.2));

TimeSpan elapsed = stopwatch.Elapsed;
Console.WriteLine(string.Join(", ", results.Select(r => r.Page)));
TimeSpan slowest = results.Max(r => r.Took);
TimeSpan sum = results.Aggregate(TimeSpan.Zero, (total, r) => total + r.Took);
Console.WriteLine($"took about as long as the slowest wait, not the sum of the three: {elapsed - slowest < sum - elapsed}");

static async Task<(string Page, TimeSpan Took)> FetchAsync(string name, double seconds)
{
    var clock = Stopwatch.StartNew();
    await Task.Delay(TimeSpan.FromSeconds(seconds));
    return ($"{name} page", clock.Elapsed);
}
