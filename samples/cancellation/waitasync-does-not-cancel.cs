#region wait-async
Task orders = ExportAsync("orders", CancellationToken.None);
try
{
    await orders.WaitAsync(TimeSpan.FromMilliseconds(600));
}
catch (TimeoutException)
{
    Console.WriteLine("stopped waiting for orders");
}
await orders; // only so that you can see the rest of its output
Console.WriteLine($"orders: {orders.Status}");
#endregion

#region token
using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(600));
Task invoices = ExportAsync("invoices", timeout.Token);
try
{
    await invoices;
}
catch (OperationCanceledException)
{
    Console.WriteLine("invoices export cancelled");
}
Console.WriteLine($"invoices: {invoices.Status}");
#endregion

static async Task ExportAsync(string name, CancellationToken token)
{
    for (int part = 1; part <= 3; part++)
    {
        await Task.Delay(400, token); // parts at 0.4, 0.8 and 1.2 s; the 0.6 s limit falls 0.2 s from each
        Console.WriteLine($"  {name}: part {part} written");
    }
}
