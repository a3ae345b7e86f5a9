#:property Optimize=true
using System.Runtime.CompilerServices;

const int Calls = 100_000;
long defaultBytes = await MeasureAsync(ReadAsync);
long pooledBytes = await MeasureAsync(ReadPooledAsync);

Console.WriteLine($"default builder allocates on every call that suspends: {defaultBytes / Calls >= 32}");
Console.WriteLine($"pooling builder allocates on every call that suspends: {pooledBytes / Calls >= 32}");

// Counts bytes on all threads: the continuations after Task.Yield run on pool threads.
static async Task<long> MeasureAsync(Func<ValueTask<int>> read)
{
    for (int i = 0; i < 1_000; i++) await read(); // warm up: JIT and pools
    long before = GC.GetTotalAllocatedBytes(precise: true);
    for (int i = 0; i < Calls; i++) await read();
    return GC.GetTotalAllocatedBytes(precise: true) - before;
}

// Both really suspend, so the state machine must move to the heap.
static async ValueTask<int> ReadAsync()
{
    await Task.Yield();
    return 1234;
}

[AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
static async ValueTask<int> ReadPooledAsync()
{
    await Task.Yield();
    return 1234;
}
