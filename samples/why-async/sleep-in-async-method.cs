using System.Diagnostics;

#region blocking
var stopwatch = Stopwatch.StartNew();
await Task.WhenAll(BlockingFetchAsync("sales"), BlockingFetchAsync("stock"), BlockingFetchAsync("staff"));
Console.WriteLine($"Thread.Sleep inside async: {stopwatch.Elapsed.TotalSeconds:0.0} s");
#endregion

#region awaiting
stopwatch.Restart();
await Task.WhenAll(AwaitingFetchAsync("sales"), AwaitingFetchAsync("stock"), AwaitingFetchAsync("staff"));
Console.WriteLine($"await Task.Delay: {stopwatch.Elapsed.TotalSeconds:0.0} s");
#endregion

// ❌ Marked async, but the wait blocks the calling thread before any await.
static async Task<string> BlockingFetchAsync(string name)
{
    Thread.Sleep(300);
    await LogAsync(name);
    return $"{name} report";
}

// ✅ The wait is awaited, so the caller gets control back at once.
static async Task<string> AwaitingFetchAsync(string name)
{
    await Task.Delay(300);
    await LogAsync(name);
    return $"{name} report";
}

static Task LogAsync(string name) => Task.Delay(10);
