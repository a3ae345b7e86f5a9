#:sdk Microsoft.NET.Sdk.Web
var builder = WebApplication.CreateBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
var app = builder.Build();

var connections = new HashSet<string>();
app.MapGet("/ping", (HttpContext context) =>
{
    lock (connections) connections.Add(context.Connection.Id);
    return "pong";
});
await app.StartAsync();
var address = new Uri(app.Urls.First());

#region per-request
for (int i = 0; i < 5; i++)
{
    using var throwaway = new HttpClient { BaseAddress = address }; // a new connection pool each time
    await throwaway.GetStringAsync("/ping");
}
Console.WriteLine($"new HttpClient per request: {connections.Count} TCP connections for 5 requests");
#endregion

#region shared
connections.Clear();
using var shared = new HttpClient { BaseAddress = address }; // one instance for the whole program
for (int i = 0; i < 5; i++)
    await shared.GetStringAsync("/ping");
Console.WriteLine($"one shared HttpClient: {connections.Count} TCP connection for 5 requests");
#endregion

await app.StopAsync();
