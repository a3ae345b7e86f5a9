#region only-cancelled
using var shutdown = new CancellationTokenSource();
Task backup = CopyAsync(shutdown.Token);
Task cleanup = CopyAsync(shutdown.Token);
shutdown.Cancel();

Task all = Task.WhenAll(backup, cleanup);
try
{
    await all;
}
catch (OperationCanceledException ex)
{
    Console.WriteLine($"await threw {ex.GetType().Name}; WhenAll is {all.Status}, its Exception is null: {all.Exception is null}");
}
#endregion

#region cancelled-and-failed
Task broken = Task.FromException(new InvalidOperationException("disk full"));
Task mixed = Task.WhenAll(backup, broken);
try
{
    await mixed;
}
catch (Exception ex)
{
    Console.WriteLine($"await threw {ex.GetType().Name}; WhenAll is {mixed.Status}, its Exception holds {mixed.Exception!.InnerExceptions.Count}");
}
#endregion

static async Task CopyAsync(CancellationToken token)
{
    await Task.Delay(TimeSpan.FromSeconds(10), token);
}
