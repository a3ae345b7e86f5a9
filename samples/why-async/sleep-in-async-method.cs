using System.Diagnostics;

TimeSpan oneWait = TimeSpan.FromSeconds(0.3);

#region blocking
var stopwatch = Stopwatch.StartNew();
await Task.WhenAll(BlockingFetchAsync("sales"), BlockingFetchAsync("stock"), BlockingFetchAsync("staff"));
Console.WriteLine($"Thread.Sleep inside async, longer than two waits: {stopwatch.Elapsed > 2 * oneWait}");
#endregion

#region awaiting
stopwatch.Restart();
await Task.WhenAll(AwaitingFetchAsync("sales"), AwaitingFetchAsync("stock"), AwaitingFetchAsync("staff"));
Console.WriteLine($"await Task.Delay, shorter than two waits: {stopwatch.Elapsed < 2 * oneWait}");
#endregion

// ❌ Marked async, but the wait blocks the calling thread before any await.
async Task<string> BlockingFetchAsync(string name)
{
    Thread.Sleep(oneWait);
    await LogAsync(name);
    return $"{name} report";
}

// ✅ The wait is awaited, so the caller gets control back at once.
async Task<string> AwaitingFetchAsync(string name)
{
    await Task.Delay(oneWait);
    await LogAsync(name);
    return $"{name} report";
}

static Task LogAsync(string name) => Task.Delay(10);
