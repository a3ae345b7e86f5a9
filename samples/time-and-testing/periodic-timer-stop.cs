#region dispose
var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(300));
Task poller = PollAsync(timer, CancellationToken.None);

await Task.Delay(750);
timer.Dispose();
await poller;
#endregion

#region cancel
using var shutdown = new CancellationTokenSource(TimeSpan.FromMilliseconds(450));
using var secondTimer = new PeriodicTimer(TimeSpan.FromMilliseconds(300));
try
{
    await PollAsync(secondTimer, shutdown.Token);
}
catch (OperationCanceledException)
{
    Console.WriteLine("the token cancelled the wait: OperationCanceledException");
}
#endregion

static async Task PollAsync(PeriodicTimer timer, CancellationToken token)
{
    int tick = 0;
    while (await timer.WaitForNextTickAsync(token))
    {
        Console.WriteLine($"tick {++tick}: checking the inbox");
    }
    Console.WriteLine("WaitForNextTickAsync returned false: the timer was disposed");
}
