using var cancellation = new CancellationTokenSource();
Task sync = SyncFilesAsync(cancellation.Token);   // asyncio.create_task(sync_files())

await Task.Delay(600);
cancellation.Cancel();                            // task.cancel()

try
{
    await sync;
}
catch (OperationCanceledException)                // except asyncio.CancelledError
{
    Console.WriteLine($"sync was cancelled: {sync.IsCanceled}");
}

static async Task SyncFilesAsync(CancellationToken token)
{
    try
    {
        for (int file = 1; ; file++)
        {
            await Task.Delay(400, token);         // the token must be passed along
            Console.WriteLine($"synced file {file}");
        }
    }
    finally
    {
        Console.WriteLine("closing the connection");
    }
}
