using var shutdown = new CancellationTokenSource();
Task upload = UploadAsync(shutdown.Token);   // keep the reference
await Task.Delay(100);

Console.WriteLine("main is done: cancel the upload and wait for it");
shutdown.Cancel();
try
{
    await upload;
}
catch (OperationCanceledException)
{
    Console.WriteLine($"upload status: {upload.Status}");
}

static async Task UploadAsync(CancellationToken token)
{
    try
    {
        Console.WriteLine("upload starts");
        await Task.Delay(500, token);
        Console.WriteLine("upload finished");
    }
    finally
    {
        Console.WriteLine("upload cleanup");
    }
}
