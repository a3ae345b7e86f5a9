using var cts = new CancellationTokenSource();
Task import = ImportAsync(cts.Token);
cts.CancelAfter(TimeSpan.FromMilliseconds(600));
try
{
    await import;
}
catch (OperationCanceledException)
{
    Console.WriteLine("import cancelled");
}

static async Task ImportAsync(CancellationToken token)
{
    Console.WriteLine("lock file taken");
    try
    {
        for (int batch = 1; batch <= 10; batch++)
        {
            await Task.Delay(400, token);
            Console.WriteLine($"batch {batch} imported");
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
