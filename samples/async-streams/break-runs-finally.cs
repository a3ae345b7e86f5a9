#region break
static async IAsyncEnumerable<string> ReadLogAsync()
{
    Console.WriteLine("open log");
    try
    {
        foreach (var line in new[] { "INFO start", "ERROR disk full", "INFO retry" })
        {
            await Task.Delay(50);
            yield return line;
            Console.WriteLine($"resumed after '{line}'");
        }
    }
    finally
    {
        await Task.Delay(10); // a finally in an async iterator may await
        Console.WriteLine("close log");
    }
}

await foreach (var line in ReadLogAsync())
{
    Console.WriteLine($"read: {line}");
    if (line.StartsWith("ERROR")) break;
}
Console.WriteLine("after the loop");
#endregion

#region abandoned
IAsyncEnumerator<string> reader = ReadLogAsync().GetAsyncEnumerator();
await reader.MoveNextAsync();
Console.WriteLine($"read: {reader.Current}, then walked away without DisposeAsync");
#endregion
