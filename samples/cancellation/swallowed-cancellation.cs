#region swallow
using (var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100)))
{
    Task<int> count = CountRowsSwallowingAsync(cts.Token);
    int rows = await count;
    Console.WriteLine($"swallowed: {count.Status}, caller believes there are {rows} rows");
}
#endregion

#region rethrow
using (var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100)))
{
    Task<int> count = CountRowsRethrowingAsync(cts.Token);
    try { await count; }
    catch (OperationCanceledException) { Console.WriteLine("caller sees the cancellation"); }
    Console.WriteLine($"rethrown: {count.Status}");
}
#endregion

static async Task<int> CountRowsSwallowingAsync(CancellationToken token)
{
    try { await Task.Delay(1000, token); return 1_000; }
    catch (OperationCanceledException)
    {
        Console.WriteLine("  count stopped");
        return 0;
    }
}

static async Task<int> CountRowsRethrowingAsync(CancellationToken token)
{
    try { await Task.Delay(1000, token); return 1_000; }
    catch (OperationCanceledException)
    {
        Console.WriteLine("  count stopped");
        throw;
    }
}
