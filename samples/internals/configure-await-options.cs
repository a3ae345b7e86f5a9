#region yielding
// These two run first, on the main thread, which is not a thread-pool thread.
Console.WriteLine($"None on a finished task, resumed on the pool: {await ResumesOnPoolAsync(ConfigureAwaitOptions.None)}");
Console.WriteLine($"ForceYielding on a finished task, resumed on the pool: {await ResumesOnPoolAsync(ConfigureAwaitOptions.ForceYielding)}");
#endregion

#region suppress
Task upload = UploadAsync();
await upload.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
Console.WriteLine($"SuppressThrowing: nothing thrown, and the task is {upload.Status}");
#endregion

#region generic
Task<int> count = CountAsync();
try
{
#pragma warning disable CA2261 // the analyzer flags this at build time; disabled here to show the run-time failure
    await count.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
#pragma warning restore CA2261
}
catch (ArgumentOutOfRangeException)
{
    Console.WriteLine("SuppressThrowing on a Task<int>: ArgumentOutOfRangeException");
}
await ((Task)count).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
Console.WriteLine($"cast to Task first: nothing thrown, and the task is {count.Status}");
#endregion

static async Task<bool> ResumesOnPoolAsync(ConfigureAwaitOptions options)
{
    await Task.CompletedTask.ConfigureAwait(options);
    return Thread.CurrentThread.IsThreadPoolThread;
}

static async Task UploadAsync() { await Task.Delay(100); throw new IOException("network dropped"); }
static async Task<int> CountAsync() { await Task.Delay(100); throw new IOException("disk unreadable"); }
