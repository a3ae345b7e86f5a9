var gate = new SemaphoreSlim(2);   // asyncio.Semaphore(2)
var counterLock = new Lock();
int running = 0, mostAtOnce = 0;

await Task.WhenAll(Enumerable.Range(1, 6).Select(_ => DownloadAsync()));
Console.WriteLine($"6 downloads, at most {mostAtOnce} at once");

async Task DownloadAsync()
{
    await gate.WaitAsync();        // async with semaphore:
    try
    {
        // Tasks run in parallel on pool threads: shared counters need a lock.
        lock (counterLock)
        {
            running++;
            mostAtOnce = Math.Max(mostAtOnce, running);
        }
        await Task.Delay(100);
        lock (counterLock) running--;
    }
    finally
    {
        gate.Release();
    }
}
