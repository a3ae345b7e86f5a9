var early = new PriceListLoadedInConstructor();
Console.WriteLine($"right after new: {early.Count} prices");

var prices = await PriceList.CreateAsync();
Console.WriteLine($"right after CreateAsync: {prices.Count} prices, tea costs {prices["tea"]}");

sealed class PriceListLoadedInConstructor
{
    Dictionary<string, decimal> _prices = [];
    public PriceListLoadedInConstructor() => _ = LoadAsync(); // fire and forget: nobody waits
    async Task LoadAsync() => _prices = await PriceStore.LoadAsync();
    public int Count => _prices.Count;
}

sealed class PriceList
{
    readonly Dictionary<string, decimal> _prices;
    private PriceList(Dictionary<string, decimal> prices) => _prices = prices;

    public static async Task<PriceList> CreateAsync() => new(await PriceStore.LoadAsync());
    public int Count => _prices.Count;
    public decimal this[string item] => _prices[item];
}

static class PriceStore
{
    public static async Task<Dictionary<string, decimal>> LoadAsync()
    {
        await Task.Delay(200); // a database or HTTP call
        return new() { ["tea"] = 3m, ["coffee"] = 4m, ["cake"] = 5m };
    }
}
