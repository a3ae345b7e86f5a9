#:sdk Microsoft.NET.Sdk.Web
using System.Net.Http.Json;
using System.Runtime.CompilerServices;

var builder = WebApplication.CreateBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
var app = builder.Build();

int produced = 0;
var clientReadOne = new SemaphoreSlim(0); // the client says "got it" after each price
app.MapGet("/prices", PricesAsync);
await app.StartAsync();
using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

await foreach (Price? price in http.GetFromJsonAsAsyncEnumerable<Price>("/prices")) // .NET 8
{
    // A decimal prints as 10.5 in every culture only when formatted with the invariant one.
    Console.WriteLine(FormattableString.Invariant($"client got {price!.Symbol} at {price.Value}; server has produced {Volatile.Read(ref produced)} of 3"));
    clientReadOne.Release();
}

await app.StopAsync();

async IAsyncEnumerable<Price> PricesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
{
    foreach (var (symbol, value) in new[] { ("ABC", 10.5m), ("XYZ", 99.0m), ("QRS", 7.25m) })
    {
        // Produce the next price only once the client has read the previous one (or after 5 s at most):
        // a response built in memory would never get past the first wait.
        if (produced > 0) await clientReadOne.WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
        Interlocked.Increment(ref produced);
        yield return new Price(symbol, value);
    }
}

record Price(string Symbol, decimal Value);
