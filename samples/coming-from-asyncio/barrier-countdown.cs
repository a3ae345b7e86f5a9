var allWarm = new ArrivalCountdown(participants: 3);      // asyncio.Barrier(3)
int arrived = 0;

string[] lines = await Task.WhenAll(WarmUpAsync("cache", 0.1), WarmUpAsync("index", 0.3), WarmUpAsync("model", 0.5));
foreach (string line in lines)
    Console.WriteLine(line);

async Task<string> WarmUpAsync(string name, double seconds)
{
    await Task.Delay(TimeSpan.FromSeconds(seconds));
    Interlocked.Increment(ref arrived);
    await allWarm.SignalAndWaitAsync();                   // await barrier.wait()
    return $"{name} went on when {Volatile.Read(ref arrived)} of 3 had arrived";
}

// One-shot: the last participant to arrive releases everyone.
sealed class ArrivalCountdown(int participants)
{
    private int remaining = participants;
    private readonly TaskCompletionSource allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task SignalAndWaitAsync()
    {
        if (Interlocked.Decrement(ref remaining) == 0)
            allArrived.SetResult();
        return allArrived.Task;
    }
}
