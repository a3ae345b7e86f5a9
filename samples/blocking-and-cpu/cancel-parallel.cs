using var stopParallelFor = new CancellationTokenSource();
int started = 0;

#region parallel-for
try
{
    Parallel.For(0, 1_000_000, new ParallelOptions { CancellationToken = stopParallelFor.Token }, i =>
    {
        if (Interlocked.Increment(ref started) == 1_000) stopParallelFor.Cancel(); // the user clicked Stop
    });
}
catch (OperationCanceledException cancelled)
{
    Console.WriteLine($"Parallel.For threw {cancelled.GetType().Name}");
    Console.WriteLine($"iterations started: fewer than all = {started < 1_000_000}");
}
#endregion

#region plinq
using var stopQuery = new CancellationTokenSource();
int tested = 0;
try
{
    int count = Enumerable.Range(0, 1_000_000).AsParallel().WithCancellation(stopQuery.Token)
        .Count(n => { if (Interlocked.Increment(ref tested) == 1_000) stopQuery.Cancel(); return n % 7 == 0; });
    Console.WriteLine($"count: {count}");
}
catch (OperationCanceledException cancelled)
{
    Console.WriteLine($"the PLINQ query threw {cancelled.GetType().Name}");
}
#endregion
