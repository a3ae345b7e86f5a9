var exclusive = new ConcurrentExclusiveSchedulerPair().ExclusiveScheduler;

Console.WriteLine($"default scheduler:   continuations ran side by side: {await RunWorkersAsync(TaskScheduler.Default)}");
Console.WriteLine($"exclusive scheduler: continuations ran side by side: {await RunWorkersAsync(exclusive)}");

// Starts four async workers under the given scheduler; their awaits come back to that scheduler.
static async Task<bool> RunWorkersAsync(TaskScheduler scheduler)
{
    var running = 0;
    var overlapped = false;

    async Task WorkAsync()
    {
        for (var step = 0; step < 3; step++)
        {
            await Task.Delay(100);
            if (Interlocked.Increment(ref running) > 1) overlapped = true;
            Thread.Sleep(20); // hold the slot long enough for an overlap to show
            Interlocked.Decrement(ref running);
        }
    }

    var workers = Enumerable.Range(0, 4).Select(_ =>
        Task.Factory.StartNew(WorkAsync, CancellationToken.None, TaskCreationOptions.None, scheduler).Unwrap());
    await Task.WhenAll(workers);
    return overlapped;
}
