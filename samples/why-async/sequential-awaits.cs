using System.Diagnostics;

var stopwatch = Stopwatch.StartNew();

string sales = await FetchReportAsync("sales");
string stock = await FetchReportAsync("stock");
string staff = await FetchReportAsync("staff");

TimeSpan elapsed = stopwatch.Elapsed;
Console.WriteLine($"{sales}, {stock}, {staff}");
Console.WriteLine($"took {elapsed.TotalSeconds:0.0} s");

// The same slow server, but the wait no longer holds a thread.
static async Task<string> FetchReportAsync(string name)
{
    await Task.Delay(300);
    return $"{name} report";
}
