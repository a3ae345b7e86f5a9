using System.Diagnostics;

#region dropped
await CancelAfterOneTenthAsync(ExportIgnoringTokenAsync);
#endregion

#region passed
await CancelAfterOneTenthAsync(ExportAsync);
#endregion

static async Task CancelAfterOneTenthAsync(Func<CancellationToken, Task> export)
{
    using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
    var clock = Stopwatch.StartNew();
    try
    {
        await export(cts.Token);
        Console.WriteLine("the export ran all four pages");
    }
    catch (OperationCanceledException)
    {
        Console.WriteLine("the export was cancelled");
    }
    Console.WriteLine($"it stopped within 0.5 s: {clock.Elapsed < TimeSpan.FromMilliseconds(500)}");
}

static async Task ExportIgnoringTokenAsync(CancellationToken token)
{
    for (int page = 1; page <= 4; page++) await Task.Delay(250); // the token goes nowhere
}

static async Task ExportAsync(CancellationToken token)
{
    for (int page = 1; page <= 4; page++) await Task.Delay(250, token);
}
