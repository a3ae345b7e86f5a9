#region dispose
var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(300));
var twoTicksHandled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
Task poller = PollAsync(timer, CancellationToken.None, afterTick: tick => { if (tick == 2) twoTicksHandled.SetResult(); });

await twoTicksHandled.Task;
timer.Dispose();
await poller;
#endregion

#region cancel
using var shutdown = new CancellationTokenSource();
using var secondTimer = new PeriodicTimer(TimeSpan.FromMilliseconds(300));
try
{
    // A shutdown request arrives while the first tick is being handled.
    await PollAsync(secondTimer, shutdown.Token, afterTick: _ => shutdown.Cancel());
}
catch (OperationCanceledException cancelled)
{
    Console.WriteLine($"the token cancelled the wait: {cancelled.GetType().Name}");
}
#endregion

static async Task PollAsync(PeriodicTimer timer, CancellationToken token, Action<int> afterTick)
{
    int tick = 0;
    while (await timer.WaitForNextTickAsync(token))
    {
        Console.WriteLine($"tick {++tick}: checking the inbox");
        afterTick(tick);
    }
    Console.WriteLine("WaitForNextTickAsync returned false: the timer was disposed");
}
