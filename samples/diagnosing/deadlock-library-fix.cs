using System.Collections.Concurrent;

UiLoop.Run(() =>
{
    Task<string> load = ProfileLibrary.LoadProfileAsync();
    bool finished = load.Wait(TimeSpan.FromMilliseconds(500)); // still blocks the UI thread, but no longer forever
    Console.WriteLine($"blocking wait finished within 0.5 s: {finished}");
    return Task.CompletedTask;
});

static class ProfileLibrary
{
    public static async Task<string> LoadProfileAsync()
    {
        await Task.Delay(100).ConfigureAwait(false); // the rest runs on the pool, not on the blocked UI thread
        return "ada's profile";
    }
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
