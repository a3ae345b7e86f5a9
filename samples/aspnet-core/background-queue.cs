#:sdk Microsoft.NET.Sdk.Web
using System.Threading.Channels;

var builder = WebApplication.CreateBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
builder.Services.AddSingleton(Channel.CreateBounded<EmailJob>(capacity: 100));
builder.Services.AddSingleton<SentLog>();
builder.Services.AddHostedService<EmailSender>();
var app = builder.Build();

app.MapPost("/signup/{name}", async (string name, Channel<EmailJob> queue, CancellationToken cancellationToken) =>
{
    await queue.Writer.WriteAsync(new EmailJob(name), cancellationToken); // waits only if the queue is full
    return Results.Accepted(); // 202: taken on, not done yet
});
await app.StartAsync();
using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

foreach (string name in new[] { "ada", "grace", "linus" })
{
    using var response = await http.PostAsync($"/signup/{name}", content: null);
    Console.WriteLine($"POST /signup/{name} -> {(int)response.StatusCode} {response.StatusCode}");
}

var sent = app.Services.GetRequiredService<SentLog>().Lines.Reader;
using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
await foreach (string line in sent.ReadAllAsync(timeout.Token).Take(3))
    Console.WriteLine(line);
await app.StopAsync();

record EmailJob(string Name);

class SentLog { public Channel<string> Lines { get; } = Channel.CreateUnbounded<string>(); }

class EmailSender(Channel<EmailJob> queue, SentLog log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (EmailJob job in queue.Reader.ReadAllAsync(stoppingToken))
        {
            await Task.Delay(100, stoppingToken); // talk to the mail server
            await log.Lines.Writer.WriteAsync($"worker: sent welcome email to {job.Name}", stoppingToken);
        }
    }
}
