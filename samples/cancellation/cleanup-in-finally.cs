using var cts = new CancellationTokenSource();
var firstBatch = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
Task import = ImportAsync(firstBatch, cts.Token);

await firstBatch.Task; // the user sees the first batch arrive and presses Cancel
cts.Cancel();

try
{
    await import;
}
catch (OperationCanceledException)
{
    Console.WriteLine("import cancelled");
}

static async Task ImportAsync(TaskCompletionSource firstBatch, CancellationToken token)
{
    Console.WriteLine("lock file taken");
    try
    {
        for (int batch = 1; batch <= 10; batch++)
        {
            await Task.Delay(400, token);
            Console.WriteLine($"batch {batch} imported");
            firstBatch.TrySetResult();
        }
    }
    finally
    {
        await ReleaseLockAsync();
    }
}

static async Task ReleaseLockAsync()
{
    await Task.Delay(50); // no token here: cleanup must not be cancelled itself
    Console.WriteLine("lock file released");
}
