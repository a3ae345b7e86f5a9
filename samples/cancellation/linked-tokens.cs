using var shutdown = new CancellationTokenSource();

await ReportAsync("fast", workMs: 100);
await ReportAsync("slow", workMs: 600);
shutdown.CancelAfter(TimeSpan.FromMilliseconds(100));
await ReportAsync("during shutdown", workMs: 600);

async Task ReportAsync(string name, int workMs)
{
    try
    {
        await FetchAsync(workMs, shutdown.Token);
        Console.WriteLine($"{name}: done");
    }
    catch (TimeoutException) { Console.WriteLine($"{name}: timed out"); }
    catch (OperationCanceledException) { Console.WriteLine($"{name}: cancelled by the caller"); }
}

static async Task FetchAsync(int workMs, CancellationToken callerToken)
{
    using var linked = CancellationTokenSource.CreateLinkedTokenSource(callerToken);
    linked.CancelAfter(TimeSpan.FromMilliseconds(300));
    try
    {
        await Task.Delay(workMs, linked.Token);
    }
    catch (OperationCanceledException) when (!callerToken.IsCancellationRequested)
    {
        throw new TimeoutException("no answer within 300 ms");
    }
}
