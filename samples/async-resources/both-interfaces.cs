using (var writer = new LogWriter())
    writer.Write("from synchronous code");

await using (var writer = new LogWriter())
    writer.Write("from asynchronous code");

var reused = new LogWriter();
reused.Write("disposed twice");
await reused.DisposeAsync();
reused.Dispose(); // a second call does nothing

sealed class LogWriter : IDisposable, IAsyncDisposable
{
    readonly List<string> _pending = [];
    bool _disposed;

    public void Write(string line) => _pending.Add(line);

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        Console.WriteLine($"Dispose: flushed {_pending.Count} line(s), blocking the thread");
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        await Task.Delay(20); // stands in for an asynchronous flush
        Console.WriteLine($"DisposeAsync: flushed {_pending.Count} line(s) without blocking");
    }
}
