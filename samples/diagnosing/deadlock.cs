using System.Collections.Concurrent;

#region deadlock
UiLoop.Run(() =>
{
    Task<string> load = LoadProfileAsync();
    bool finished = load.Wait(TimeSpan.FromMilliseconds(500)); // sync-over-async on the only UI thread
    Console.WriteLine($"blocking wait finished within 0.5 s: {finished}");
    return Task.CompletedTask;
});
#endregion

#region fix
UiLoop.Run(async () =>
{
    string profile = await LoadProfileAsync();
    Console.WriteLine($"awaiting instead: got {profile}");
});
#endregion

static async Task<string> LoadProfileAsync()
{
    await Task.Delay(100); // captures the UI context, so the rest must run on the UI thread
    return "ada's profile";
}

// Runs work on the calling thread and on it alone, as a UI thread would, until the work finishes.
sealed class UiLoop : SynchronizationContext
{
    readonly BlockingCollection<Action> queue = new();
    public override void Post(SendOrPostCallback callback, object? state) => queue.Add(() => callback(state));

    public static void Run(Func<Task> work)
    {
        var loop = new UiLoop();
        SetSynchronizationContext(loop);
        loop.Post(_ => work().ContinueWith(_ => loop.queue.CompleteAdding(), TaskScheduler.Default), null);
        foreach (Action action in loop.queue.GetConsumingEnumerable()) action();
        SetSynchronizationContext(null);
    }
}
