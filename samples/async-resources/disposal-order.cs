await ImportAsync();
Console.WriteLine("ImportAsync returned");

static async Task ImportAsync()
{
    await using var connection = new Resource("connection");
    await using var transaction = new Resource("transaction");
    using var log = new SyncResource("log file"); // plain using mixes in
    Console.WriteLine("importing");
}

sealed class Resource : IAsyncDisposable
{
    readonly string _name;
    public Resource(string name) { _name = name; Console.WriteLine($"open {name}"); }

    public async ValueTask DisposeAsync()
    {
        await Task.Delay(20);
        Console.WriteLine($"close {_name}");
    }
}

sealed class SyncResource : IDisposable
{
    readonly string _name;
    public SyncResource(string name) { _name = name; Console.WriteLine($"open {name}"); }
    public void Dispose() => Console.WriteLine($"close {_name}");
}
