using System.Diagnostics;

var stopwatch = Stopwatch.StartNew();

// asyncio.gather(fetch("alpha", 0.3), fetch("beta", 0.1), fetch("gamma", 0.2))
string[] pages = await Task.WhenAll(
    FetchAsync("alpha", 0.3),
    FetchAsync("beta", 0.1),
    FetchAsync("gamma", 0.2));

TimeSpan elapsed = stopwatch.Elapsed;
Console.WriteLine(string.Join(", ", pages));
Console.WriteLine($"under 0.5 s, though the waits add up to 0.6 s: {elapsed < TimeSpan.FromSeconds(0.5)}");

static async Task<string> FetchAsync(string name, double seconds)
{
    await Task.Delay(TimeSpan.FromSeconds(seconds));
    return $"{name} page";
}
