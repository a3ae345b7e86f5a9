#region wait-for
using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(0.3));
try
{
    await ExportAsync("orders", timeout.Token);   // asyncio.wait_for(export("orders"), 0.3)
}
catch (OperationCanceledException)
{
    Console.WriteLine("orders: timed out, and the export was cancelled");
}
#endregion

#region wait-async
Task invoices = ExportAsync("invoices", CancellationToken.None);
try
{
    await invoices.WaitAsync(TimeSpan.FromSeconds(0.3));
}
catch (TimeoutException)
{
    Console.WriteLine("invoices: stopped waiting");
}
await invoices;   // nothing cancelled it, so it runs to the end
Console.WriteLine($"invoices: {invoices.Status}");
#endregion

static async Task ExportAsync(string name, CancellationToken token)
{
    await Task.Delay(500, token);
    Console.WriteLine($"{name} exported");
}
