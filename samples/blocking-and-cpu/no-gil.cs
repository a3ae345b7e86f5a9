using System.Diagnostics;
using System.Globalization;

const int Steps = 2_000_000;
var progress = new long[2];
var seenTogether = new bool[2];

// Two threads, each with the same fixed amount of pure computation. Each one also watches the
// other's progress counter: if the counter moves during one of its own sub-microsecond steps,
// the other thread was computing at that same instant, on another core.
// On a busy machine the second core may be taken by other programs for a whole round, so a round
// that saw nothing is repeated (for up to 30 seconds) while a second core exists.
bool secondCoreAvailable = Environment.ProcessorCount > 1;
var giveUpAt = Stopwatch.GetTimestamp() + 30 * Stopwatch.Frequency;
bool parallelSeen;
do
{
    Array.Clear(progress);
    var threads = new[] { 0, 1 }.Select(me => new Thread(() => Compute(me, other: 1 - me))).ToArray();
    foreach (var thread in threads) thread.Start();
    foreach (var thread in threads) thread.Join();
    parallelSeen = seenTogether[0] || seenTogether[1];
}
while (!parallelSeen && secondCoreAvailable && Stopwatch.GetTimestamp() < giveUpAt);

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"both threads did all {Steps:N0} steps: {progress.All(done => done == Steps)}"));
Console.WriteLine($"seen computing at the same instant exactly when a second core exists: {parallelSeen == secondCoreAvailable}");

void Compute(int me, int other)
{
    long shortStep = Stopwatch.Frequency / 50_000;   // 20 µs: far below any time slice of a scheduler
    ulong state = (ulong)me + 1;
    for (int step = 0; step < Steps; step++)
    {
        long started = Stopwatch.GetTimestamp();
        long othersBefore = Volatile.Read(ref progress[other]);
        for (int i = 0; i < 50; i++) state = state * 6364136223846793005UL + 1442695040888963407UL;
        long othersAfter = Volatile.Read(ref progress[other]);
        if (othersAfter != othersBefore && Stopwatch.GetTimestamp() - started < shortStep) seenTogether[me] = true;
        Volatile.Write(ref progress[me], step + 1);
    }
    GC.KeepAlive(state);
}
