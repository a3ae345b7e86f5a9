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
