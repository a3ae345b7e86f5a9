using var cancelled = new CancellationTokenSource();
cancelled.Cancel(); // this caller gives up before a slot is free

#region wrong
static async Task WaitInsideTryAsync(SemaphoreSlim gate, CancellationToken token)
{
    try
    {
        await gate.WaitAsync(token); // throws: no slot was taken...
        await Task.Delay(100, token);
    }
    finally
    {
        gate.Release(); // ...but one is given back anyway
    }
}

var gate = new SemaphoreSlim(2);
try { await WaitInsideTryAsync(gate, cancelled.Token); }
catch (OperationCanceledException) { Console.WriteLine("caller cancelled"); }
Console.WriteLine($"free slots: {gate.CurrentCount} of 2");
#endregion

#region right
static async Task WaitBeforeTryAsync(SemaphoreSlim gate, CancellationToken token)
{
    await gate.WaitAsync(token);
    try { await Task.Delay(100, token); }
    finally { gate.Release(); }
}

var fixedGate = new SemaphoreSlim(2);
try { await WaitBeforeTryAsync(fixedGate, cancelled.Token); }
catch (OperationCanceledException) { Console.WriteLine("caller cancelled"); }
Console.WriteLine($"free slots: {fixedGate.CurrentCount} of 2");
#endregion

#region bounded
var bounded = new SemaphoreSlim(2, 2);
try { await WaitInsideTryAsync(bounded, cancelled.Token); }
catch (SemaphoreFullException) { Console.WriteLine("no slot taken: the extra Release threw SemaphoreFullException"); }

await bounded.WaitAsync(); // an import is running and holds one slot
try { await WaitInsideTryAsync(bounded, cancelled.Token); }
catch (OperationCanceledException) { Console.WriteLine("one slot taken: caller cancelled, the extra Release threw nothing"); }
var admitted = 1; // the import already running
while (bounded.Wait(0)) admitted++;
Console.WriteLine($"imports admitted at once: {admitted} (limit 2)");
#endregion
