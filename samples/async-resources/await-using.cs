#region statement
await using (var connection = new Connection("orders-db"))
{
    Console.WriteLine("querying orders");
}
Console.WriteLine("after the block");
#endregion

#region declaration
static async Task ExportAsync()
{
    await using var connection = new Connection("reports-db");
    Console.WriteLine("exporting reports");
    await Task.Delay(50);
    Console.WriteLine("export written");
} // DisposeAsync runs here, at the end of the enclosing scope

await ExportAsync();
Console.WriteLine("after ExportAsync");
#endregion

sealed class Connection : IAsyncDisposable
{
    readonly string _name;
    public Connection(string name) { _name = name; Console.WriteLine($"open {name}"); }

    public async ValueTask DisposeAsync()
    {
        await Task.Delay(50); // e.g. flush and say goodbye to the server
        Console.WriteLine($"closed {_name}");
    }
}
