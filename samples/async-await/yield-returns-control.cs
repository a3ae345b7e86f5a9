using System.Diagnostics;

bool cpuPartDone = false;

#region without-yield
Task plain = IndexDocumentsAsync(yieldFirst: false);
Console.WriteLine($"without Task.Yield, the CPU-bound part ran inside the call: {cpuPartDone}");
await plain;
#endregion

#region with-yield
cpuPartDone = false;
Task yielding = IndexDocumentsAsync(yieldFirst: true);
Console.WriteLine($"with Task.Yield, the CPU-bound part ran inside the call: {cpuPartDone}");
await yielding;
Console.WriteLine($"indexing finished: {yielding.IsCompleted}");
#endregion

async Task IndexDocumentsAsync(bool yieldFirst)
{
    if (yieldFirst)
        await Task.Yield(); // hand the rest of this method back to be run later
    BusyWork(TimeSpan.FromSeconds(0.3));
    cpuPartDone = true;
    await Task.Delay(50);
}

// Keeps a core busy for a fixed time, so the sample behaves alike on every machine.
static void BusyWork(TimeSpan duration)
{
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed < duration) { }
}
