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

await host.StopAsync(); // calls InvoiceSender.StopAsync, then waits for ExecuteAsync to return
Console.WriteLine($"sent [{string.Join(", ", sender.Sent)}], still queued: {sender.Queue.Reader.Count}");

class InvoiceSender : BackgroundService
{
    public Channel<string> Queue { get; } = Channel.CreateUnbounded<string>();
    public List<string> Sent { get; } = [];
    public TaskCompletionSource FirstJobStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        Queue.Writer.TryComplete(); // accept nothing new; the loop below ends once the queue is empty
        return base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (string invoice in Queue.Reader.ReadAllAsync())
        {
            FirstJobStarted.TrySetResult();
            await Task.Delay(200); // talk to the mail server: every accepted job is finished
            Sent.Add(invoice);
        }
    }
}
