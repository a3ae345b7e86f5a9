#region direct-call
Task direct = ParseLogAsync("direct call");
await direct;
#endregion

#region task-run
Task offloaded = Task.Run(() => ParseLogAsync("Task.Run"));
await offloaded;
#endregion

static async Task ParseLogAsync(string how)
{
    Console.WriteLine($"{how}, before the await, on a pool thread: {Thread.CurrentThread.IsThreadPoolThread}");
    await Task.Delay(100);
    Console.WriteLine($"{how}, after the await, on a pool thread: {Thread.CurrentThread.IsThreadPoolThread}");
}
