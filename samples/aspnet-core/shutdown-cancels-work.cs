#:sdk Microsoft.NET.Sdk.Web
using System.Threading.Channels;

var builder = Host.CreateApplicationBuilder();
builder.Logging.ClearProviders();
var sender = new InvoiceSender();
builder.Services.AddHostedService(_ => sender);
using IHost host = builder.Build();
await host.StartAsync();

foreach (string invoice in new[] { "invoice-1", "invoice-2", "invoice-3" })
    await sender.Queue.Writer.WriteAsync(invoice);
await sender.FirstJobStarted.Task.WaitAsync(TimeSpan.FromSeconds(5));

await host.StopAsync(); // cancels stoppingToken, then waits for ExecuteAsync to return
Console.WriteLine($"sent [{string.Join(", ", sender.Sent)}], still queued: {sender.Queue.Reader.Count}");

class InvoiceSender : BackgroundService
{
    public Channel<string> Queue { get; } = Channel.CreateUnbounded<string>();
    public List<string> Sent { get; } = [];
    public TaskCompletionSource FirstJobStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (string invoice in Queue.Reader.ReadAllAsync(stoppingToken))
        {
            FirstJobStarted.TrySetResult();
            await Task.Delay(200, stoppingToken); // talk to the mail server: aborted at shutdown
            Sent.Add(invoice);
        }
    }
}
