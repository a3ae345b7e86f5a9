#:sdk Microsoft.NET.Sdk.Web
var builder = WebApplication.CreateBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
builder.Services.AddRequestTimeouts();
var app = builder.Build();
app.UseRequestTimeouts();

var handlerSaw = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
app.MapGet("/search", async (CancellationToken cancellationToken) =>
{
    try
    {
        await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken); // a query that runs too long
        return "results";
    }
    catch (OperationCanceledException)
    {
        handlerSaw.SetResult("cancelled by the server's own time limit");
        throw;
    }
}).WithRequestTimeout(TimeSpan.FromMilliseconds(300));
await app.StartAsync();
using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

using var response = await http.GetAsync("/search");
Console.WriteLine($"client: {(int)response.StatusCode} {response.StatusCode}");
Console.WriteLine($"handler: {await handlerSaw.Task.WaitAsync(TimeSpan.FromSeconds(5))}");
await app.StopAsync();
