using System.Diagnostics;

int[] jobMilliseconds = [400, 100, 100, 400, 100, 100];

// Batches: start three, wait for all three, start the next three.
var clock = Stopwatch.StartNew();
foreach (var batch in jobMilliseconds.Chunk(3))
    await Task.WhenAll(batch.Select(ms => Task.Delay(ms)));
var batched = clock.Elapsed;

// Sliding window: a job starts as soon as any of the three slots frees up.
clock.Restart();
using var gate = new SemaphoreSlim(3);
await Task.WhenAll(jobMilliseconds.Select(async ms =>
{
    await gate.WaitAsync();
    try { await Task.Delay(ms); }
    finally { gate.Release(); }
}));
var sliding = clock.Elapsed;

Console.WriteLine($"sliding window finished first: {sliding < batched}");
Console.WriteLine($"by more than 0.1 s: {batched - sliding > TimeSpan.FromSeconds(0.1)}");
