var gate = new Lock();

Console.WriteLine($"read, add, write:         lost updates: {await LosesUpdatesAsync(ReadAddWrite)}");
Console.WriteLine($"Interlocked.Increment:    lost updates: {await LosesUpdatesAsync(c => Interlocked.Increment(ref c.Value))}");
Console.WriteLine($"read, add, write in lock: lost updates: {await LosesUpdatesAsync(c => { lock (gate) ReadAddWrite(c); })}");

// The three steps of counter.Value++, with Thread.Yield widening the gap so the race shows on every run.
static void ReadAddWrite(Counter counter)
{
    var seen = counter.Value;
    Thread.Yield();
    counter.Value = seen + 1;
}

// Two pool threads share one counter for 200 ms; each also counts its own increments privately.
static async Task<string> LosesUpdatesAsync(Action<Counter> increment)
{
    var counter = new Counter();
    using var timeUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
    int[] ownCounts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
    {
        var mine = 0;
        while (!timeUp.IsCancellationRequested) { increment(counter); mine++; }
        return mine;
    })));
    return counter.Value < ownCounts.Sum() ? "yes" : "no";
}

class Counter { public int Value; }
