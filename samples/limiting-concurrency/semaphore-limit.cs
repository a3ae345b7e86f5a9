using System.Diagnostics;

// Each download is a span in the timeline under this sample, in the lane of the version that ran it.
var trace = new ActivitySource("downloads");

var pages = Enumerable.Range(1, 10).Select(i => $"page-{i}").ToArray();

var unlimited = new ConcurrencyMeter();
await Task.WhenAll(pages.Select(page => DownloadAsync(page, unlimited, "Task.WhenAll alone")));
Console.WriteLine($"Task.WhenAll alone: at most {unlimited.Max} downloads at once");

var limited = new ConcurrencyMeter();
using var gate = new SemaphoreSlim(3);
await Task.WhenAll(pages.Select(async page =>
{
    await gate.WaitAsync();
    try
    {
        await DownloadAsync(page, limited, "SemaphoreSlim(3)");
    }
    finally
    {
        gate.Release();
    }
}));
Console.WriteLine($"with SemaphoreSlim(3): at most {limited.Max} downloads at once");

async Task DownloadAsync(string page, ConcurrencyMeter meter, string lane)
{
    using Activity? span = trace.StartActivity(page)?.SetTag("lane", lane);
    meter.Enter();
    try { await Task.Delay(200); }
    finally { meter.Exit(); }
}

class ConcurrencyMeter
{
    readonly Lock _lock = new();
    int _running;
    public int Max { get; private set; }
    public void Enter() { lock (_lock) Max = Math.Max(Max, ++_running); }
    public void Exit() { lock (_lock) _running--; }
}
