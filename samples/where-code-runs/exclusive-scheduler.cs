var exclusive = new ConcurrentExclusiveSchedulerPair().ExclusiveScheduler;

Console.WriteLine($"default scheduler:   continuations ran side by side: {await RunWorkersAsync(TaskScheduler.Default, stayOnScheduler: true)}");
Console.WriteLine($"exclusive scheduler: continuations ran side by side: {await RunWorkersAsync(exclusive, stayOnScheduler: true)}");
Console.WriteLine($"exclusive scheduler, ConfigureAwait(false): side by side: {await RunWorkersAsync(exclusive, stayOnScheduler: false)}");

// Starts four async workers under the given scheduler; their awaits come back to it unless stayOnScheduler is false.
static async Task<bool> RunWorkersAsync(TaskScheduler scheduler, bool stayOnScheduler)
{
    var running = 0;
    var overlapped = false;

    async Task WorkAsync()
    {
        for (var step = 0; step < 3; step++)
        {
            await Task.Delay(100).ConfigureAwait(stayOnScheduler);
            if (Interlocked.Increment(ref running) > 1) overlapped = true;
            Thread.Sleep(20); // hold the slot long enough for an overlap to show
            Interlocked.Decrement(ref running);
        }
    }

    // StartNew, not Task.Run: only StartNew takes a scheduler. Unwrap gives the task of the whole async method.
    var workers = Enumerable.Range(0, 4).Select(_ =>
        Task.Factory.StartNew(WorkAsync, CancellationToken.None, TaskCreationOptions.None, scheduler).Unwrap());
    await Task.WhenAll(workers);
    return overlapped;
}
