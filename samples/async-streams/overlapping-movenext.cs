using System.Diagnostics;

IAsyncEnumerator<int> prices = FetchPricesAsync().GetAsyncEnumerator();
var clock = Stopwatch.StartNew();
ValueTask<bool> first = prices.MoveNextAsync();   // the fetch of the first price is in progress
ValueTask<bool> second = prices.MoveNextAsync();  // ❌ asked again before the first finished
Console.WriteLine($"the second call blocked its caller until the first fetch was done: {clock.ElapsedMilliseconds >= 150}");
Console.WriteLine($"the second call got the first price: {await second && prices.Current == 101}");
try
{
    await first;
}
catch (InvalidOperationException)
{
    Console.WriteLine("awaiting the first call threw InvalidOperationException");
}

static async IAsyncEnumerable<int> FetchPricesAsync()
{
    for (int price = 101; price <= 103; price++)
    {
        await Task.Delay(200);
        yield return price;
    }
}
