#:sdk Microsoft.NET.Sdk.Web
var builder = WebApplication.CreateBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
var app = builder.Build();

app.MapPost("/blocking", (HttpRequest request) =>
{
    try
    {
        using var reader = new StreamReader(request.Body);
        return Results.Text($"{reader.ReadToEnd().Length} characters"); // synchronous read: would block a thread
    }
    catch (InvalidOperationException ex) { return Results.Text(ex.Message, statusCode: 500); }
});
app.MapPost("/awaiting", async (HttpRequest request) =>
{
    using var reader = new StreamReader(request.Body);
    return Results.Text($"{(await reader.ReadToEndAsync()).Length} characters"); // asynchronous read
});
await app.StartAsync();
using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

foreach (string path in new[] { "/blocking", "/awaiting" })
{
    using var response = await http.PostAsync(path, new StringContent("a short order note"));
    Console.WriteLine($"POST {path} -> {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
}

await app.StopAsync();
