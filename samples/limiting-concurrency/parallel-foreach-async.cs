using System.Collections.Concurrent;
using System.Diagnostics;

var reports = Enumerable.Range(1, 8).Select(i => $"report-{i}.pdf");
var sizes = new ConcurrentDictionary<string, int>();
var meter = new ConcurrencyMeter();
var trace = new ActivitySource("uploads"); // each upload is a span in the timeline under this sample

var options = new ParallelOptions { MaxDegreeOfParallelism = 3 };
await Parallel.ForEachAsync(reports, options, async (report, token) =>
{
    using Activity? span = trace.StartActivity(report);
    meter.Enter();
    try
    {
        await Task.Delay(200, token); // stands in for an upload
        sizes[report] = report.Length * 1024;
    }
    finally { meter.Exit(); }
});

Console.WriteLine($"uploaded {sizes.Count} reports, at most {meter.Max} at once");
Console.WriteLine($"default MaxDegreeOfParallelism: {new ParallelOptions().MaxDegreeOfParallelism}");

class ConcurrencyMeter
{
    readonly Lock _lock = new();
    int _running;
    public int Max { get; private set; }
    public void Enter() { lock (_lock) Max = Math.Max(Max, ++_running); }
    public void Exit() { lock (_lock) _running--; }
}
