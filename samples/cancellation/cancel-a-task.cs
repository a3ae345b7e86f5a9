using var cts = new CancellationTokenSource();
var firstChunk = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
Task download = DownloadAsync(firstChunk, cts.Token);

await firstChunk.Task; // the user sees the first chunk arrive and presses Cancel
cts.Cancel();

try
{
    await download;
}
catch (OperationCanceledException ex)
{
    Console.WriteLine($"caught {ex.GetType().Name}, from our token: {ex.CancellationToken == cts.Token}");
}
Console.WriteLine($"download status: {download.Status}");

static async Task DownloadAsync(TaskCompletionSource firstChunk, CancellationToken token)
{
    for (int chunk = 1; chunk <= 5; chunk++)
    {
        await Task.Delay(500, token);
        Console.WriteLine($"chunk {chunk} downloaded");
        firstChunk.TrySetResult();
    }
}
