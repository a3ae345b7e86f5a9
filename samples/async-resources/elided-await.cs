#region elided
static Task<string> ReadReportReturningTaskAsync()
{
    using var database = new Database();
    return database.QueryAsync("select report"); // disposed as the Task leaves, long before it ends
}

try { Console.WriteLine(await ReadReportReturningTaskAsync()); }
catch (ObjectDisposedException e)
{
    Console.WriteLine($"failed: {e.ObjectName} was disposed before the query finished");
}
#endregion

#region awaited
static async Task<string> ReadReportAsync()
{
    await using var database = new Database();
    return await database.QueryAsync("select report");
}

Console.WriteLine(await ReadReportAsync());
#endregion

sealed class Database : IDisposable, IAsyncDisposable
{
    bool _disposed;

    public async Task<string> QueryAsync(string sql)
    {
        await Task.Delay(50);
        ObjectDisposedException.ThrowIf(_disposed, this);
        Console.WriteLine("query finished");
        return $"rows for '{sql}'";
    }

    public void Dispose() { _disposed = true; Console.WriteLine("database disposed"); }
    public ValueTask DisposeAsync() { Dispose(); return ValueTask.CompletedTask; }
}
