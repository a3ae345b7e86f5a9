using System.Diagnostics;

TimeSpan oneWait = TimeSpan.FromSeconds(0.3);
var stopwatch = Stopwatch.StartNew();

string sales = await FetchReportAsync("sales");
string stock = await FetchReportAsync("stock");
string staff = await FetchReportAsync("staff");

TimeSpan elapsed = stopwatch.Elapsed;
Console.WriteLine($"{sales}, {stock}, {staff}");
Console.WriteLine($"longer than two waits, so the three waits added up: {elapsed > 2 * oneWait}");

// The same slow server, but the wait no longer holds a thread.
async Task<string> FetchReportAsync(string name)
{
    await Task.Delay(oneWait);
    return $"{name} report";
}
