var uiContext = new ReportingContext();
SynchronizationContext.SetSynchronizationContext(uiContext);
try
{
    SaveSettings();
    Console.WriteLine("SaveSettings returned; nothing thrown here");
}
catch (IOException ex)
{
    Console.WriteLine($"caller caught: {ex.Message}");
}
SynchronizationContext.SetSynchronizationContext(null);
await uiContext.AsyncVoidFinished;

static async void SaveSettings()
{
    await Task.Delay(100);
    throw new IOException("disk full");
}

// Stands in for a UI thread: runs posted work and reports whatever escapes from it.
sealed class ReportingContext : SynchronizationContext
{
    readonly TaskCompletionSource finished = new();
    public Task AsyncVoidFinished => finished.Task;

    public override void Post(SendOrPostCallback callback, object? state)
    {
        try { callback(state); }
        catch (Exception ex) { Console.WriteLine($"thrown on the context: {ex.GetType().Name}: {ex.Message}"); }
    }

    public override void OperationCompleted() => finished.TrySetResult();
}
