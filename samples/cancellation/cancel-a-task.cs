using var cts = new CancellationTokenSource();
Task download = DownloadAsync(cts.Token);

await Task.Delay(300);
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

static async Task DownloadAsync(CancellationToken token)
{
    for (int chunk = 1; chunk <= 5; chunk++)
    {
        await Task.Delay(200, token);
        Console.WriteLine($"chunk {chunk} downloaded");
    }
}
