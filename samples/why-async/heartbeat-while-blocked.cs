var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(400));
Task heartbeat = BeatAsync(timer);

Thread.Sleep(1000); // blocks the main thread, and only the main thread
Console.WriteLine("main thread wakes up");

timer.Dispose(); // the next WaitForNextTickAsync returns false
await heartbeat;
Console.WriteLine("heartbeat stopped");

static async Task BeatAsync(PeriodicTimer timer)
{
    int beat = 0;
    while (await timer.WaitForNextTickAsync())
        Console.WriteLine($"heartbeat {++beat}");
}
