#region cancel
using var first = new CancellationTokenSource();
first.Token.Register(CloseConnection);
first.Cancel();
Console.WriteLine("Cancel returned");
#endregion

#region cancel-async
using var second = new CancellationTokenSource();
second.Token.Register(CloseConnection);
Task callbacksDone = second.CancelAsync();
Console.WriteLine($"CancelAsync returned; IsCancellationRequested: {second.IsCancellationRequested}");
await callbacksDone;
Console.WriteLine("callbacks finished");
#endregion

static void CloseConnection()
{
    Thread.Sleep(200);
    Console.WriteLine("  callback: connection closed");
}
