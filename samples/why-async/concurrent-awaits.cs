using System.Diagnostics;

var stopwatch = Stopwatch.StartNew();

// Start all three first: each call returns a running task.
Task<string> sales = FetchReportAsync("sales");
Task<string> stock = FetchReportAsync("stock");
Task<string> staff = FetchReportAsync("staff");

// Then wait for all of them together.
string[] reports = await Task.WhenAll(sales, stock, staff);

TimeSpan elapsed = stopwatch.Elapsed;
Console.WriteLine(string.Join(", ", reports));
Console.WriteLine($"took {elapsed.TotalSeconds:0.0} s");

static async Task<string> FetchReportAsync(string name)
{
    await Task.Delay(300);
    return $"{name} report";
}
