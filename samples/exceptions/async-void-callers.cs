string[] names = ["ana", "ben"];

#region early
var context = new ReportingContext();
SynchronizationContext.SetSynchronizationContext(context);
try
{
    RenameUser(""); // throws before its first await
    Console.WriteLine("RenameUser returned; the caller's catch saw nothing");
}
catch (ArgumentException ex)
{
    Console.WriteLine($"caller caught: {ex.Message}");
}
SynchronizationContext.SetSynchronizationContext(null);
await context.AllAsyncVoidFinished;
#endregion

#region foreach
context = new ReportingContext();
SynchronizationContext.SetSynchronizationContext(context);
var saved = 0;
try
{
    // List<T>.ForEach takes an Action<T>, so this async lambda is an async void method.
    names.ToList().ForEach(async name => { await SaveAsync(name); Interlocked.Increment(ref saved); });
    Console.WriteLine($"ForEach returned; saved so far: {saved}");
}
catch (IOException ex)
{
    Console.WriteLine($"caller caught: {ex.Message}");
}
SynchronizationContext.SetSynchronizationContext(null);
await context.AllAsyncVoidFinished;
Console.WriteLine($"both lambdas finished; saved: {saved}");
#endregion

#region awaited
try
{
    foreach (var name in names) await SaveAsync(name);
}
catch (IOException ex)
{
    Console.WriteLine($"caller caught: {ex.Message}");
}
#endregion

static async void RenameUser(string newName)
{
    if (newName.Length == 0) throw new ArgumentException("the new name is empty");
    await Task.Delay(100);
}

static async Task SaveAsync(string name)
{
    await Task.Delay(100);
    if (name == "ben") throw new IOException($"could not save {name}");
}

// Stands in for a UI thread: runs posted work at once, reports whatever escapes, and counts running async void methods.
sealed class ReportingContext : SynchronizationContext
{
    readonly TaskCompletionSource finished = new();
    int running;
    public Task AllAsyncVoidFinished => finished.Task;

    public override void Post(SendOrPostCallback callback, object? state)
    {
        try { callback(state); }
        catch (Exception ex) { Console.WriteLine($"thrown on the context: {ex.GetType().Name}: {ex.Message}"); }
    }

    public override void OperationStarted() => Interlocked.Increment(ref running);

    public override void OperationCompleted()
    {
        if (Interlocked.Decrement(ref running) == 0) finished.TrySetResult();
    }
}
