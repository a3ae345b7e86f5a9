#:sdk Microsoft.NET.Sdk.Web
#region crash
using (IHost host = BuildHost<ReportWorkerWithoutCatch>())
{
    var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
    lifetime.ApplicationStopping.Register(() => Console.WriteLine("ApplicationStopping"));
    try
    {
        await host.RunAsync().WaitAsync(TimeSpan.FromSeconds(5)); // nobody asks it to stop
        Console.WriteLine("the host stopped by itself");
    }
    catch (Exception ex) { Console.WriteLine($"RunAsync threw {ex.GetType().Name}: {ex.Message}"); }
}
#endregion

#region catch
using (IHost host = BuildHost<ReportWorker>())
{
    await host.StartAsync();
    await ReportWorker.AllJobsTried.Task.WaitAsync(TimeSpan.FromSeconds(5));
    Console.WriteLine("the host is still running after a failed job");
    await host.StopAsync();
}
#endregion

static IHost BuildHost<TWorker>() where TWorker : class, IHostedService
{
    var builder = Host.CreateApplicationBuilder();
    builder.Logging.ClearProviders();
    builder.Services.AddHostedService<TWorker>();
    return builder.Build();
}

class ReportWorkerWithoutCatch : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (string report in new[] { "sales", "broken", "stock" })
        {
            await Task.Delay(100, stoppingToken);
            if (report == "broken") throw new InvalidDataException($"report '{report}' has no data");
            Console.WriteLine($"report {report} written");
        }
        await Task.Delay(Timeout.Infinite, stoppingToken);
    }
}

class ReportWorker : BackgroundService
{
    public static readonly TaskCompletionSource AllJobsTried = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (string report in new[] { "sales", "broken", "stock" })
        {
            try
            {
                await Task.Delay(100, stoppingToken);
                if (report == "broken") throw new InvalidDataException($"report '{report}' has no data");
                Console.WriteLine($"report {report} written");
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                Console.WriteLine($"report {report} failed ({ex.Message}); going on with the next");
            }
        }
        AllJobsTried.SetResult();
        await Task.Delay(Timeout.Infinite, stoppingToken);
    }
}
