using System.Diagnostics;

TimeSpan oneWait = TimeSpan.FromSeconds(0.3);
var stopwatch = Stopwatch.StartNew();
// Each fetch is a span; the guide records the spans to draw the timeline under this sample.
var trace = new ActivitySource("reports");

string[] reports = [FetchReport("sales"), FetchReport("stock"), FetchReport("staff")];

TimeSpan elapsed = stopwatch.Elapsed;
Console.WriteLine(string.Join(", ", reports));
Console.WriteLine($"longer than two waits, so the three waits added up: {elapsed > 2 * oneWait}");

// Stands in for a call to a slow server: the thread sits idle for 0.3 s.
string FetchReport(string name)
{
    using Activity? span = trace.StartActivity(name);
    Thread.Sleep(oneWait);
    return $"{name} report";
}
