using System.Diagnostics;

TimeSpan oneWait = TimeSpan.FromSeconds(0.3);
var stopwatch = Stopwatch.StartNew();
// Each fetch is a span; the guide records the spans to draw the timeline under this sample.
var trace = new ActivitySource("reports");

string sales = await FetchReportAsync("sales");
string stock = await FetchReportAsync("stock");
string staff = await FetchReportAsync("staff");

TimeSpan elapsed = stopwatch.Elapsed;
Console.WriteLine($"{sales}, {stock}, {staff}");
Console.WriteLine($"longer than two waits, so the three waits added up: {elapsed > 2 * oneWait}");

// The same slow server, but the wait no longer holds a thread.
async Task<string> FetchReportAsync(string name)
{
    using Activity? span = trace.StartActivity(name);
    await Task.Delay(oneWait);
    return $"{name} report";
}
