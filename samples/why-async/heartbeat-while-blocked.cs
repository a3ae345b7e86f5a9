int beats = 0;
var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
Task heartbeat = BeatAsync(timer);

Thread.Sleep(1000); // blocks the main thread, and only the main thread
Console.WriteLine($"main thread wakes up; heartbeats while it slept: at least 3 = {Volatile.Read(ref beats) >= 3}");

timer.Dispose(); // the next WaitForNextTickAsync returns false
await heartbeat;
Console.WriteLine("heartbeat stopped");

async Task BeatAsync(PeriodicTimer timer)
{
    while (await timer.WaitForNextTickAsync())
        Interlocked.Increment(ref beats);
}
