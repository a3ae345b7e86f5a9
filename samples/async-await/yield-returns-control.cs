using System.Diagnostics;

TimeSpan blockedLimit = TimeSpan.FromSeconds(0.1);

#region without-yield
var stopwatch = Stopwatch.StartNew();
Task plain = IndexDocumentsAsync(yieldFirst: false);
Console.WriteLine($"without Task.Yield, caller blocked: {stopwatch.Elapsed > blockedLimit}");
await plain;
#endregion

#region with-yield
stopwatch.Restart();
Task yielding = IndexDocumentsAsync(yieldFirst: true);
Console.WriteLine($"with Task.Yield, caller blocked: {stopwatch.Elapsed > blockedLimit}");
await yielding;
Console.WriteLine($"indexing finished: {yielding.IsCompleted}");
#endregion

static async Task IndexDocumentsAsync(bool yieldFirst)
{
    if (yieldFirst)
        await Task.Yield(); // hand the rest of this method back to be run later
    BusyWork(TimeSpan.FromSeconds(0.3));
    await Task.Delay(50);
}

// Keeps a core busy for a fixed time, so the sample behaves alike on every machine.
static void BusyWork(TimeSpan duration)
{
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed < duration) { }
}
