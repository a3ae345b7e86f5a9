#:sdk Microsoft.NET.Sdk.Web
var builder = WebApplication.CreateBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
var app = builder.Build();

bool exportFinished = false;
var clientHasHeaders = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
app.MapGet("/export", async (HttpResponse response, bool waitForClient) =>
{
    exportFinished = false;
    for (int row = 1; row <= 3; row++)
    {
        if (row == 3) exportFinished = true; // the last row is on its way
        await response.WriteAsync($"row {row}\n");
        await response.Body.FlushAsync();
        if (row == 1 && waitForClient) await clientHasHeaders.Task.WaitAsync(TimeSpan.FromSeconds(5));
        if (row < 3) await Task.Delay(200);
    }
});
app.MapGet("/broken", () => Results.StatusCode(503));
await app.StartAsync();

using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

#region buffered
using (HttpResponseMessage whole = await http.GetAsync("/export?waitForClient=false"))
    Console.WriteLine($"default GetAsync returned after the whole body: {exportFinished}");
#endregion

#region streamed
using (HttpResponseMessage response = await http.GetAsync("/export?waitForClient=true", HttpCompletionOption.ResponseHeadersRead))
{
    Console.WriteLine($"ResponseHeadersRead returned after the whole body: {exportFinished}");
    clientHasHeaders.SetResult(); // the server may finish now
    response.EnsureSuccessStatusCode();
    using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
    while (await reader.ReadLineAsync() is string line)
        Console.WriteLine($"  {line}");
}
#endregion

#region status
using (HttpResponseMessage failed = await http.GetAsync("/broken"))
{
    Console.WriteLine($"GetAsync returned {(int)failed.StatusCode} without throwing");
    try
    {
        failed.EnsureSuccessStatusCode();
    }
    catch (HttpRequestException ex)
    {
        Console.WriteLine($"EnsureSuccessStatusCode threw HttpRequestException, StatusCode = {ex.StatusCode}");
    }
}
#endregion

await app.StopAsync();
