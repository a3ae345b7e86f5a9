using System.Diagnostics;

int waitsOver = 0;

#region blocking
var clock = Stopwatch.StartNew();
Task[] blocking = [LoadBlockingAsync(), LoadBlockingAsync(), LoadBlockingAsync()];
Console.WriteLine($"Thread.Sleep: waits over when the calls returned: {waitsOver} of 3");
Console.WriteLine($"Thread.Sleep: caller held for 0.9 s or more: {clock.Elapsed >= TimeSpan.FromSeconds(0.9)}");
await Task.WhenAll(blocking);
#endregion

#region non-blocking
waitsOver = 0;
clock.Restart();
Task[] waiting = [LoadAsync(), LoadAsync(), LoadAsync()];
Console.WriteLine($"Task.Delay: waits over when the calls returned: {waitsOver} of 3");
await Task.WhenAll(waiting);
Console.WriteLine($"Task.Delay: all three done in under 0.9 s: {clock.Elapsed < TimeSpan.FromSeconds(0.9)}");
#endregion

async Task LoadBlockingAsync()
{
    Thread.Sleep(300);      // no await has happened yet, so this blocks the caller
    Interlocked.Increment(ref waitsOver);
    await Task.Delay(100);
}

async Task LoadAsync()
{
    await Task.Delay(300);  // the caller gets an incomplete task back at once
    Interlocked.Increment(ref waitsOver);
    await Task.Delay(100);
}
