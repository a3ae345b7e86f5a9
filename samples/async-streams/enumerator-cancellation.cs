using System.Runtime.CompilerServices;

#region ignored
static async IAsyncEnumerable<int> TicksIgnoringTokenAsync()
{
    for (int i = 1; i <= 4; i++) { await Task.Delay(50); yield return i; }
}

using var first = new CancellationTokenSource();
await foreach (var tick in TicksIgnoringTokenAsync().WithCancellation(first.Token))
{
    Console.WriteLine($"tick {tick}");
    if (tick == 2) first.Cancel();
}
Console.WriteLine("loop ran to the end: the token never reached the iterator");
#endregion

#region honoured
static async IAsyncEnumerable<int> TicksAsync([EnumeratorCancellation] CancellationToken token = default)
{
    for (int i = 1; i <= 4; i++) { await Task.Delay(50, token); yield return i; }
}

using var second = new CancellationTokenSource();
try
{
    await foreach (var tick in TicksAsync().WithCancellation(second.Token))
    {
        Console.WriteLine($"tick {tick}");
        if (tick == 2) second.Cancel();
    }
}
catch (OperationCanceledException)
{
    Console.WriteLine("iterator stopped: OperationCanceledException");
}
#endregion
