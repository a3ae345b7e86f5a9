#:sdk Microsoft.NET.Sdk.Web
using System.Collections.Concurrent;
using System.Net.Http.Json;

var builder = WebApplication.CreateBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
builder.Services.AddSingleton<OrderStore>();
var app = builder.Build();

app.MapPost("/orders", async (Order order, OrderStore store) =>
{
    await store.SaveAsync(order);
    return Results.Created($"/orders/{order.Id}", order);
});
app.MapGet("/orders/{id:int}", async (int id, OrderStore store) =>
    await store.FindAsync(id) is Order order ? Results.Ok(order) : Results.NotFound());

await app.StartAsync();
using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

using var created = await http.PostAsJsonAsync("/orders", new Order(1, "keyboard", 2));
Console.WriteLine($"POST /orders   -> {(int)created.StatusCode} {created.StatusCode}");
Console.WriteLine($"GET /orders/1  -> {await http.GetFromJsonAsync<Order>("/orders/1")}");
using var missing = await http.GetAsync("/orders/2");
Console.WriteLine($"GET /orders/2  -> {(int)missing.StatusCode} {missing.StatusCode}");

await app.StopAsync();

record Order(int Id, string Item, int Quantity);

class OrderStore // stands in for a database: every call waits 50 ms
{
    private readonly ConcurrentDictionary<int, Order> orders = new();
    public async Task SaveAsync(Order order) { await Task.Delay(50); orders[order.Id] = order; }
    public async Task<Order?> FindAsync(int id) { await Task.Delay(50); return orders.GetValueOrDefault(id); }
}
