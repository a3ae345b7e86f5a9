#region buffered
static async Task<List<string>> FetchAllOrdersAsync()
{
    var orders = new List<string>();
    for (int page = 1; page <= 3; page++)
    {
        await Task.Delay(100); // one round trip per page
        Console.WriteLine($"fetched page {page}");
        orders.Add($"order {page}");
    }
    return orders;
}

foreach (var order in await FetchAllOrdersAsync())
    Console.WriteLine($"  show {order}");
#endregion

#region streamed
static async IAsyncEnumerable<string> StreamOrdersAsync()
{
    for (int page = 1; page <= 3; page++)
    {
        await Task.Delay(100);
        Console.WriteLine($"fetched page {page}");
        yield return $"order {page}";
    }
}

await foreach (var order in StreamOrdersAsync())
    Console.WriteLine($"  show {order}");
#endregion
