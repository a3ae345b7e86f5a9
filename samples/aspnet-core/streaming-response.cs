#:sdk Microsoft.NET.Sdk.Web
using System.Net.Http.Json;
using System.Runtime.CompilerServices;

var builder = WebApplication.CreateBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
var app = builder.Build();

int produced = 0;
app.MapGet("/prices", PricesAsync);
await app.StartAsync();
using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

await foreach (Price? price in http.GetFromJsonAsAsyncEnumerable<Price>("/prices")) // .NET 8
    Console.WriteLine($"client got {price}; server has produced {Volatile.Read(ref produced)} of 3");

await app.StopAsync();

async IAsyncEnumerable<Price> PricesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
{
    foreach (var (symbol, value) in new[] { ("ABC", 10.5m), ("XYZ", 99.0m), ("QRS", 7.25m) })
    {
        await Task.Delay(200, cancellationToken); // wait for the next quote
        Interlocked.Increment(ref produced);
        yield return new Price(symbol, value);
    }
}

record Price(string Symbol, decimal Value);
