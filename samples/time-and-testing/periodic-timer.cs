using System.Diagnostics;

var period = TimeSpan.FromMilliseconds(150);
var work = TimeSpan.FromMilliseconds(100);

#region timer
var clock = Stopwatch.StartNew();
using (var timer = new PeriodicTimer(period))
{
    for (int tick = 1; tick <= 3 && await timer.WaitForNextTickAsync(); tick++)
    {
        Console.WriteLine($"timer tick {tick}: refreshing the dashboard");
        await Task.Delay(work);
    }
}
TimeSpan timerLoop = clock.Elapsed;
#endregion

#region delay
clock.Restart();
for (int round = 1; round <= 3; round++)
{
    await Task.Delay(period);
    Console.WriteLine($"delay round {round}: refreshing the dashboard");
    await Task.Delay(work);
}
TimeSpan delayLoop = clock.Elapsed;
Console.WriteLine($"the Task.Delay loop took longer than the timer loop: {delayLoop > timerLoop}");
#endregion
