#region shared
var catalog = new PriceCatalog(failFirstLoad: false);
int[] prices = await Task.WhenAll(catalog.GetPriceAsync("tea"), catalog.GetPriceAsync("coffee"));
Console.WriteLine($"tea {prices[0]}, coffee {prices[1]}, loads: {catalog.Loads}");
#endregion

#region failure-cached
var broken = new PriceCatalog(failFirstLoad: true);
for (int call = 1; call <= 2; call++)
{
    try { await broken.GetPriceAsync("tea"); }
    catch (IOException ex) { Console.WriteLine($"call {call}: {ex.Message}"); }
}
Console.WriteLine($"loads: {broken.Loads}");
#endregion

// Registered as a singleton; its constructor cannot await, so the first caller starts the load and all callers share it.
sealed class PriceCatalog
{
    readonly Lazy<Task<Dictionary<string, int>>> _prices;
    readonly bool _failFirstLoad;
    int _loads;

    public PriceCatalog(bool failFirstLoad)
    {
        _failFirstLoad = failFirstLoad;
        _prices = new(() => Task.Run(LoadAsync)); // Task.Run: the first caller does not run the load's synchronous part
    }

    public int Loads => _loads;

    public async Task<int> GetPriceAsync(string item) => (await _prices.Value)[item];

    async Task<Dictionary<string, int>> LoadAsync()
    {
        var attempt = Interlocked.Increment(ref _loads);
        await Task.Delay(100); // stands in for reading the price file
        if (_failFirstLoad && attempt == 1) throw new IOException("price file locked");
        return new() { ["tea"] = 3, ["coffee"] = 4 };
    }
}
