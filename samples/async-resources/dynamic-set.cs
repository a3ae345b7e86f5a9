try { await QueryAllAsync(["eu", "us", "asia"]); }
catch (IOException ex) { Console.WriteLine($"query failed: {ex.Message}"); }

// Opens one connection per shard; how many is known only at run time.
static async Task QueryAllAsync(string[] shards)
{
    var opened = new List<IAsyncDisposable>();
    try
    {
        foreach (var shard in shards) opened.Add(await ShardConnection.OpenAsync(shard));
        Console.WriteLine($"querying {opened.Count} shards");
    }
    finally
    {
        for (int i = opened.Count - 1; i >= 0; i--) await opened[i].DisposeAsync(); // reverse order
    }
}

sealed class ShardConnection(string shard) : IAsyncDisposable
{
    public static async Task<ShardConnection> OpenAsync(string shard)
    {
        await Task.Delay(10);
        if (shard == "asia") throw new IOException($"shard {shard} is unreachable");
        Console.WriteLine($"open {shard}");
        return new ShardConnection(shard);
    }

    public async ValueTask DisposeAsync()
    {
        await Task.Delay(10);
        Console.WriteLine($"close {shard}");
    }
}
