// No package: System.Linq.AsyncEnumerable ships with .NET 10.
List<string> bigSpenders = await OrdersAsync()
    .Where(order => order.Total >= 100)
    .Select(async (Order order, CancellationToken token) =>
        $"order {order.Id} by {await LookUpCustomerAsync(order.CustomerId, token)}")
    .Take(2)
    .ToListAsync();

Console.WriteLine(string.Join(Environment.NewLine, bigSpenders));
Console.WriteLine($"total of all orders: {await OrdersAsync().Select(order => order.Total).SumAsync()}");

static async IAsyncEnumerable<Order> OrdersAsync()
{
    Order[] orders = [new(1, "c7", 40), new(2, "c3", 250), new(3, "c9", 120), new(4, "c3", 300)];
    foreach (var order in orders)
    {
        await Task.Delay(20);
        Console.WriteLine($"  fetched order {order.Id}");
        yield return order;
    }
}

static async ValueTask<string> LookUpCustomerAsync(string id, CancellationToken token)
{
    await Task.Delay(20, token);
    return id == "c3" ? "Ada" : "Grace";
}

record Order(int Id, string CustomerId, decimal Total);
