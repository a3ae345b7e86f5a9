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

using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
string[] names = ["north", "south", "east", "west", "central"];

Task<string>[] downloads = names.Select(name => http.GetStringAsync($"/reports/{name}")).ToArray();
string[] reports = await Task.WhenAll(downloads); // results in the order of `names`

foreach (string report in reports) Console.WriteLine(report);
Console.WriteLine($"most requests in flight at once: {mostInFlight}");

await app.StopAsync();
