using System.Diagnostics;

int inside = 0, mostAtOnce = 0;
var threadsUsed = new HashSet<int>();

// Eight pieces of pure computation; Parallel.For hands them to several threads.
Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 4 }, piece =>
{
    int now = Interlocked.Increment(ref inside);
    InterlockedMax(ref mostAtOnce, now);
    lock (threadsUsed) threadsUsed.Add(Environment.CurrentManagedThreadId);

    var spin = Stopwatch.StartNew();
    double x = 0;
    while (spin.ElapsedMilliseconds < 100) x = Math.Sqrt(x + piece);

    Interlocked.Decrement(ref inside);
});

Console.WriteLine($"threads that computed: more than one = {threadsUsed.Count > 1}");
Console.WriteLine($"threads inside the computation at the same time: more than one = {mostAtOnce > 1}");

static void InterlockedMax(ref int target, int value)
{
    int seen;
    while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
}
