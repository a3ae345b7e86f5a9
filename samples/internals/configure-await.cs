using System.Collections.Concurrent;

var ui = new UiThread();
await ui.RunAsync(async () =>
{
    string caption = await ImageLibrary.LoadCaptionAsync(ui);
    Console.WriteLine($"app code got '{caption}', back on the UI thread: {ui.IsCurrent}");

    await Task.CompletedTask.ConfigureAwait(false);
    Console.WriteLine($"after ConfigureAwait(false) on a finished task, on the UI thread: {ui.IsCurrent}");
});

static class ImageLibrary
{
    public static async Task<string> LoadCaptionAsync(UiThread ui)
    {
        await Task.Delay(100).ConfigureAwait(false); // a library never needs the caller's context back
        Console.WriteLine($"library code after ConfigureAwait(false), on the UI thread: {ui.IsCurrent}");
        return "a cat on a mat";
    }
}

// One thread that runs whatever is posted to its SynchronizationContext, as a UI thread does.
sealed class UiThread : SynchronizationContext
{
    readonly BlockingCollection<Action> queue = new();
    readonly Thread thread;

    public UiThread()
    {
        thread = new Thread(() => { SetSynchronizationContext(this); foreach (var action in queue.GetConsumingEnumerable()) action(); });
        thread.IsBackground = true;
        thread.Start();
    }

    public bool IsCurrent => Thread.CurrentThread == thread;
    public override void Post(SendOrPostCallback callback, object? state) => queue.Add(() => callback(state));

    public Task RunAsync(Func<Task> work)
    {
        var started = new TaskCompletionSource<Task>();
        queue.Add(() => started.SetResult(work()));
        return started.Task.Unwrap();
    }
}
