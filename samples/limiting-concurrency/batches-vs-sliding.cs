using System.Diagnostics;

int[] jobMilliseconds = [400, 100, 100, 400, 100, 100];
// Each job is a span in the timeline under this sample, in the lane of the version that ran it.
var trace = new ActivitySource("jobs");

// Batches: start three, wait for all three, start the next three.
var clock = Stopwatch.StartNew();
foreach (var batch in jobMilliseconds.Chunk(3))
    await Task.WhenAll(batch.Select(ms => JobAsync(ms, "batches")));
var batched = clock.Elapsed;

// Sliding window: a job starts as soon as any of the three slots frees up.
clock.Restart();
using var gate = new SemaphoreSlim(3);
await Task.WhenAll(jobMilliseconds.Select(async ms =>
{
    await gate.WaitAsync();
    try { await JobAsync(ms, "sliding window"); }
    finally { gate.Release(); }
}));
var sliding = clock.Elapsed;

Console.WriteLine($"sliding window finished first: {sliding < batched}");
Console.WriteLine($"by more than 0.1 s: {batched - sliding > TimeSpan.FromSeconds(0.1)}");

async Task JobAsync(int ms, string lane)
{
    using Activity? span = trace.StartActivity($"{ms} ms job")?.SetTag("lane", lane);
    await Task.Delay(ms);
}
