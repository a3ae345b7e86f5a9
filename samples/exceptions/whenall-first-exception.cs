Task<int> apple = FetchPriceAsync("apple", delayMs: 100);
Task<int> banana = FetchPriceAsync("banana", delayMs: 400, error: "price service down");
Task<int> cherry = FetchPriceAsync("cherry", delayMs: 200, error: "cherry not stocked");

Task<int[]> all = Task.WhenAll(apple, banana, cherry);
try
{
    int[] prices = await all;
}
catch (Exception ex)
{
    Console.WriteLine($"await rethrew one exception: {ex.Message}");
}

Console.WriteLine($"all.Exception holds {all.Exception!.InnerExceptions.Count}:");
foreach (Exception inner in all.Exception.InnerExceptions)
    Console.WriteLine($"  {inner.Message}");

static async Task<int> FetchPriceAsync(string fruit, int delayMs, string? error = null)
{
    await Task.Delay(delayMs);
    Console.WriteLine($"{fruit} finished after {delayMs} ms");
    if (error is not null) throw new InvalidOperationException(error);
    return fruit.Length;
}
