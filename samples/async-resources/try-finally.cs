#region await-using
await using (var session = new Session("A"))
    Console.WriteLine("using session A");
#endregion

#region expanded
var other = new Session("B");
try
{
    Console.WriteLine("using session B");
}
finally
{
    if (other is not null) await ((IAsyncDisposable)other).DisposeAsync();
}
#endregion

#region null
await using (Session? none = null)
    Console.WriteLine("a null resource is skipped, not an error");
#endregion

sealed class Session : IAsyncDisposable
{
    readonly string _name;
    public Session(string name) { _name = name; Console.WriteLine($"start session {name}"); }

    public async ValueTask DisposeAsync()
    {
        await Task.Delay(20);
        Console.WriteLine($"end session {_name}");
    }
}
