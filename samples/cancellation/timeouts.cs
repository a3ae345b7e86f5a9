using System.Diagnostics;

#region constructor
var clock = Stopwatch.StartNew();
using (var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(200)))
{
    try { await Task.Delay(TimeSpan.FromSeconds(1), timeout.Token); }
    catch (OperationCanceledException) { Console.WriteLine("query timed out"); }
}
Console.WriteLine($"gave up before the 1 s query finished: {clock.Elapsed < TimeSpan.FromSeconds(1)}");
#endregion

#region cancel-after
using var idle = new CancellationTokenSource();
int[] chunkDelaysMs = [200, 200, 500];
try
{
    for (int i = 0; i < chunkDelaysMs.Length; i++)
    {
        idle.CancelAfter(TimeSpan.FromMilliseconds(300)); // restart the idle deadline
        await Task.Delay(chunkDelaysMs[i], idle.Token);
        Console.WriteLine($"chunk {i + 1} received");
    }
}
catch (OperationCanceledException)
{
    Console.WriteLine("idle timeout: no chunk for 300 ms");
}
#endregion
