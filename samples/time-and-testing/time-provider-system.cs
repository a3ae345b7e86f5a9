TimeProvider clock = TimeProvider.System;
var shortWait = TimeSpan.FromMilliseconds(200);

#region delay
await Task.Delay(shortWait, clock);
Console.WriteLine("Task.Delay(TimeSpan, TimeProvider) finished");
#endregion

#region token
using var budget = new CancellationTokenSource(shortWait, clock);
try
{
    await Task.Delay(Timeout.InfiniteTimeSpan, budget.Token);
}
catch (OperationCanceledException)
{
    Console.WriteLine("CancellationTokenSource(TimeSpan, TimeProvider) cancelled the endless delay");
}
#endregion

#region waitasync
var neverAnswers = new TaskCompletionSource<string>();
try
{
    await neverAnswers.Task.WaitAsync(shortWait, clock);
}
catch (TimeoutException)
{
    Console.WriteLine("WaitAsync(TimeSpan, TimeProvider) gave up with TimeoutException");
}
#endregion
