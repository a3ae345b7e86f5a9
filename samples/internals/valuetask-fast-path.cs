var prices = new PriceCache();

ValueTask<decimal> miss = prices.GetPriceAsync("tea");
Console.WriteLine($"first call (cache miss) completed synchronously: {miss.IsCompletedSuccessfully}");
Console.WriteLine(FormattableString.Invariant($"price: {await miss}")); // 4.2 in every culture

ValueTask<decimal> hit = prices.GetPriceAsync("tea");
Console.WriteLine($"second call (cache hit) completed synchronously: {hit.IsCompletedSuccessfully}");
Console.WriteLine(FormattableString.Invariant($"price: {await hit}"));

sealed class PriceCache
{
    readonly Dictionary<string, decimal> cache = [];

    public ValueTask<decimal> GetPriceAsync(string item) =>
        cache.TryGetValue(item, out decimal price)
            ? ValueTask.FromResult(price)               // fast path: no Task object allocated
            : new ValueTask<decimal>(LoadAsync(item));  // slow path: wraps a real Task

    async Task<decimal> LoadAsync(string item)
    {
        await Task.Delay(100); // stands in for a database round trip
        return cache[item] = 4.2m;
    }
}
