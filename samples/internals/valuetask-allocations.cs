#:property Optimize=true
// Optimized builds compile async methods into structs; Debug builds use classes, which allocate on every call.
const int Calls = 100_000;
var stock = new StockCounter();

long taskBytes = Measure(async () => { for (int i = 0; i < Calls; i++) await stock.CountWithTaskAsync(); });
long valueTaskBytes = Measure(async () => { for (int i = 0; i < Calls; i++) await stock.CountWithValueTaskAsync(); });

Console.WriteLine($"Task<int> version allocates on every call: {taskBytes / Calls >= 32}");
Console.WriteLine($"ValueTask<int> version allocates on every call: {valueTaskBytes / Calls >= 32}");
Console.WriteLine($"ValueTask<int> allocated less: {valueTaskBytes < taskBytes}");

// Measures allocations on this thread; every call below completes synchronously, so nothing changes threads.
static long Measure(Func<Task> loop)
{
    loop().GetAwaiter().GetResult(); // warm up: JIT and caches
    long before = GC.GetAllocatedBytesForCurrentThread();
    loop().GetAwaiter().GetResult();
    return GC.GetAllocatedBytesForCurrentThread() - before;
}

sealed class StockCounter
{
    int stock = 1234; // not one of the small values the runtime keeps cached tasks for

    public async Task<int> CountWithTaskAsync()
    {
        if (stock >= 0) return stock; // the usual, synchronous path
        await Task.Delay(100);
        return 0;
    }

    public async ValueTask<int> CountWithValueTaskAsync()
    {
        if (stock >= 0) return stock;
        await Task.Delay(100);
        return 0;
    }
}
