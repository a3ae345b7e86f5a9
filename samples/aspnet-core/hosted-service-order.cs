#:sdk Microsoft.NET.Sdk.Web
var builder = Host.CreateApplicationBuilder();
builder.Logging.ClearProviders();
builder.Services.AddHostedService<CacheWarmer>();
builder.Services.AddHostedService<QueueListener>();
builder.Services.AddHostedService<ReportWorker>();
using IHost host = builder.Build();

var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
lifetime.ApplicationStarted.Register(() => Console.WriteLine("ApplicationStarted"));
lifetime.ApplicationStopping.Register(() => Console.WriteLine("ApplicationStopping"));
lifetime.ApplicationStopped.Register(() => Console.WriteLine("ApplicationStopped"));

await host.StartAsync();
await ReportWorker.SetUpDone.Task.WaitAsync(TimeSpan.FromSeconds(5));
await host.StopAsync();

class CacheWarmer : Traced;
class QueueListener : Traced;

abstract class Traced : IHostedService
{
    public Task StartAsync(CancellationToken _) => Say("StartAsync");
    public Task StopAsync(CancellationToken _) => Say("StopAsync");
    Task Say(string method) { Console.WriteLine($"{GetType().Name}.{method}"); return Task.CompletedTask; }
}

class ReportWorker : BackgroundService
{
    public static readonly TaskCompletionSource SetUpDone = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        Console.WriteLine("ReportWorker.StartAsync");
        return base.StartAsync(cancellationToken); // .NET 10: runs ExecuteAsync with Task.Run, returns at once
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        Console.WriteLine("ReportWorker.StopAsync");
        return base.StopAsync(cancellationToken); // cancels stoppingToken, waits for ExecuteAsync
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Thread.Sleep(300); // blocking set-up before the first await
        Console.WriteLine("ReportWorker: blocking set-up done");
        SetUpDone.SetResult();
        await Task.Delay(Timeout.Infinite, stoppingToken);
    }
}
