using System.Diagnostics;

TimeSpan oneWait = TimeSpan.FromSeconds(0.3);
var stopwatch = Stopwatch.StartNew();
// Each fetch is a span; the guide records the spans to draw the timeline under this sample.
var trace = new ActivitySource("reports");

// Start all three first: each call returns a running task.
Task<string> sales = FetchReportAsync("sales");
Task<string> stock = FetchReportAsync("stock");
Task<string> staff = FetchReportAsync("staff");

// Then wait for all of them together.
string[] reports = await Task.WhenAll(sales, stock, staff);

TimeSpan elapsed = stopwatch.Elapsed;
Console.WriteLine(string.Join(", ", reports));
Console.WriteLine($"shorter than two waits, so the three waits overlapped: {elapsed < 2 * oneWait}");

async Task<string> FetchReportAsync(string name)
{
    using Activity? span = trace.StartActivity(name);
    await Task.Delay(oneWait);
    return $"{name} report";
}
