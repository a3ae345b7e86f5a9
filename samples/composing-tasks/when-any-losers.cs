#region losers-keep-running
static async Task<string> QueryAsync(string replica, int delayMs, CancellationToken token)
{
    await Task.Delay(delayMs, token);
    Console.WriteLine($"  {replica} finished its query");
    return replica;
}

Task<string>[] replicas = [QueryAsync("east", 100, default), QueryAsync("west", 300, default)];
Console.WriteLine($"answer from {await await Task.WhenAny(replicas)}");
await replicas[1]; // only to see how the loser ended
Console.WriteLine($"west afterwards: {replicas[1].Status}");
#endregion

#region cancel-the-losers
using var cts = new CancellationTokenSource();
Task<string>[] cancellable = [QueryAsync("east", 100, cts.Token), QueryAsync("west", 300, cts.Token)];
Console.WriteLine($"answer from {await await Task.WhenAny(cancellable)}");
cts.Cancel();
await ((Task)cancellable[1]).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing); // wait, don't throw
Console.WriteLine($"west afterwards: {cancellable[1].Status}");
#endregion
