var doorsOpen = new AsyncSignal();                     // asyncio.Event()

Task<string> alice = EnterAsync("alice");
Task<string> bob = EnterAsync("bob");
await Task.Delay(100);
Console.WriteLine($"before Set, anyone in: {alice.IsCompleted || bob.IsCompleted}");

doorsOpen.Set();                                       // event.set()
Console.WriteLine(string.Join(", ", await Task.WhenAll(alice, bob)));
Console.WriteLine($"while set, a new waiter passes at once: {doorsOpen.WaitAsync().IsCompleted}");

doorsOpen.Reset();                                     // event.clear()
Task<string> carol = EnterAsync("carol");
await Task.Delay(100);
Console.WriteLine($"after Reset, carol in: {carol.IsCompleted}");
doorsOpen.Set();
Console.WriteLine(await carol);

async Task<string> EnterAsync(string name)
{
    await doorsOpen.WaitAsync();                       // await event.wait()
    return $"{name} is in";
}

// Set completes the current promise; Reset swaps in a fresh one for the next waiters.
sealed class AsyncSignal
{
    private TaskCompletionSource current = NewSource();

    public Task WaitAsync() => Volatile.Read(ref current).Task;

    public void Set() => Volatile.Read(ref current).TrySetResult();

    public void Reset()
    {
        TaskCompletionSource seen = Volatile.Read(ref current);
        if (seen.Task.IsCompleted)
            Interlocked.CompareExchange(ref current, NewSource(), seen);
    }

    private static TaskCompletionSource NewSource() =>
        new(TaskCreationOptions.RunContinuationsAsynchronously);
}
