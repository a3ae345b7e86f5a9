#:sdk Microsoft.NET.Sdk.Web
var builder = WebApplication.CreateBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
var app = builder.Build();

var gate = new Lock();
int inFlight = 0, mostInFlight = 0;
app.MapGet("/reports/{name}", async (string name) =>
{
    lock (gate) mostInFlight = Math.Max(mostInFlight, ++inFlight);
    await Task.Delay(400); // a slow backend
    lock (gate) inFlight--;
    return $"report {name}: {name.Length * 10} rows";
});
await app.StartAsync();

string[] names = ["north", "south", "east", "west", "central"];

#region unlimited
using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
Task<string>[] downloads = names.Select(name => http.GetStringAsync($"/reports/{name}")).ToArray();
string[] reports = await Task.WhenAll(downloads); // results in the order of `names`

foreach (string report in reports) Console.WriteLine(report);
Console.WriteLine($"most requests in flight at once: {mostInFlight}");
#endregion

#region limited
mostInFlight = 0;
var twoConnections = new SocketsHttpHandler { MaxConnectionsPerServer = 2 };
using var politeHttp = new HttpClient(twoConnections) { BaseAddress = new Uri(app.Urls.First()) };
await Task.WhenAll(names.Select(name => politeHttp.GetStringAsync($"/reports/{name}")));
Console.WriteLine($"MaxConnectionsPerServer = 2: most requests in flight at once: {mostInFlight}");
#endregion

await app.StopAsync();
