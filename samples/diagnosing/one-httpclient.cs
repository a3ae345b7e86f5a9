#:sdk Microsoft.NET.Sdk.Web
using System.Collections.Concurrent;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
var app = builder.Build();
var connectionIds = new ConcurrentDictionary<string, bool>();
app.MapGet("/price", (HttpContext context) => { connectionIds.TryAdd(context.Connection.Id, true); return "4.20"; });
await app.StartAsync();
string url = app.Urls.First() + "/price";

#region perrequest
for (int request = 0; request < 5; request++)
{
    using var client = new HttpClient();
    await client.GetStringAsync(url);
}
Console.WriteLine($"a new HttpClient per request: 5 requests used {connectionIds.Count} connections");
#endregion

connectionIds.Clear();

#region shared
for (int request = 0; request < 5; request++)
{
    await SharedHttp.Client.GetStringAsync(url);
}
Console.WriteLine($"one shared HttpClient: 5 requests used {connectionIds.Count} connection");
#endregion

await app.StopAsync();

static class SharedHttp
{
    // One client for the whole process; PooledConnectionLifetime lets it notice DNS changes.
    public static readonly HttpClient Client = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) });
}
