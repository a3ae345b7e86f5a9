using System.Diagnostics;

var clock = Stopwatch.StartNew();
await TimerDelayAsync(TimeSpan.FromMilliseconds(200));
Console.WriteLine($"timer fired; waited at least 0.15 s: {clock.Elapsed.TotalSeconds >= 0.15}");

using var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
clock.Restart();
try
{
    await TimerDelayAsync(TimeSpan.FromSeconds(30), giveUp.Token);
}
catch (OperationCanceledException)
{
    Console.WriteLine($"canceled; long before the 30 s timer: {clock.Elapsed.TotalSeconds < 5}");
}

// A System.Threading.Timer calls back on a pool thread; the TaskCompletionSource turns that into a Task.
static async Task TimerDelayAsync(TimeSpan dueTime, CancellationToken token = default)
{
    var fired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    using var timer = new Timer(_ => fired.TrySetResult(), null, dueTime, Timeout.InfiniteTimeSpan);
    using var registration = token.Register(() => fired.TrySetCanceled(token));
    await fired.Task;
}
