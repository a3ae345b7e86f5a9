#:sdk Microsoft.NET.Sdk.Web
var builder = WebApplication.CreateBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
var app = builder.Build();

var handlerStarted = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
var handlerOutcome = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
app.MapGet("/report", async (HttpContext context, CancellationToken cancellationToken) =>
{
    handlerStarted.SetResult(cancellationToken == context.RequestAborted);
    try
    {
        await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken); // a slow query
        handlerOutcome.SetResult("finished the report");
        return "report";
    }
    catch (OperationCanceledException)
    {
        handlerOutcome.SetResult("stopped early: the client is gone");
        throw;
    }
});
await app.StartAsync();
using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

using var userClosedTheTab = new CancellationTokenSource();
Task<string> request = http.GetStringAsync("/report", userClosedTheTab.Token);
bool tokenIsRequestAborted = await handlerStarted.Task.WaitAsync(TimeSpan.FromSeconds(20));
await userClosedTheTab.CancelAsync(); // the client gives up while the handler is still working
try { await request; }
catch (TaskCanceledException) { Console.WriteLine("client: request cancelled"); }

Console.WriteLine($"server: the handler's token is RequestAborted: {tokenIsRequestAborted}");
Console.WriteLine($"server: {await handlerOutcome.Task.WaitAsync(TimeSpan.FromSeconds(20))}");
await app.StopAsync();
