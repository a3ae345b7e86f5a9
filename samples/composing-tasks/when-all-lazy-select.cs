#region lazy
int[] productIds = [1, 2, 3];
var requestsMade = 0;

async Task<decimal> FetchPriceAsync(int productId)
{
    requestsMade++;
    await Task.Delay(100);
    return productId * 10m;
}

IEnumerable<Task<decimal>> lazyTasks = productIds.Select(FetchPriceAsync);
await Task.WhenAll(lazyTasks);
decimal total = 0;
foreach (var task in lazyTasks) total += await task; // enumerates the query again: three new requests
Console.WriteLine($"total {total}, requests made: {requestsMade}");
#endregion

#region materialized
requestsMade = 0;
Task<decimal>[] tasks = productIds.Select(FetchPriceAsync).ToArray();
decimal[] prices = await Task.WhenAll(tasks);
Console.WriteLine($"total {prices.Sum()}, requests made: {requestsMade}");
#endregion
