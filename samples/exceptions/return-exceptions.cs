string[] hosts = ["alpha", "beta", "gamma", "delta"];
Task<string>[] pings = hosts.Select(PingAsync).ToArray();

Task all = Task.WhenAll(pings);
await all.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

foreach (var (host, ping) in hosts.Zip(pings))
{
    string outcome = ping.Status switch
    {
        TaskStatus.RanToCompletion => ping.Result,
        TaskStatus.Faulted => $"failed: {ping.Exception!.InnerException!.Message}",
        _ => "cancelled",
    };
    Console.WriteLine($"{host,-6} {outcome}");
}

static async Task<string> PingAsync(string host)
{
    await Task.Delay(100);
    return host switch
    {
        "beta" => throw new TimeoutException("no reply"),
        "delta" => throw new OperationCanceledException(),
        _ => $"ok in {host.Length * 10} ms",
    };
}
