using System.Threading.Tasks.Sources;

var socket = new PooledSocket();

#region result
ValueTask<int> pending = socket.ReceiveAsync();
try { Console.WriteLine(pending.Result); }
catch (InvalidOperationException) { Console.WriteLine(".Result before completion: InvalidOperationException"); }
socket.Deliver(1);
Console.WriteLine($"await after the data arrived: {await pending}");
#endregion

#region twice
ValueTask<int> first = socket.ReceiveAsync();
socket.Deliver(2);
Console.WriteLine($"first await: {await first}");
ValueTask<int> second = socket.ReceiveAsync(); // the socket reuses its one pooled source
socket.Deliver(3);
try { Console.WriteLine(await first); }
catch (InvalidOperationException) { Console.WriteLine("awaiting the first ValueTask again: InvalidOperationException"); }
Console.WriteLine($"second await: {await second}");
#endregion

#region astask
Task<int> stored = socket.ReceiveAsync().AsTask();
socket.Deliver(4);
Console.WriteLine($"after AsTask, await as often as you like: {await stored}, {await stored}");
#endregion

// Hands out ValueTasks backed by one reusable IValueTaskSource, as .NET's sockets do.
sealed class PooledSocket : IValueTaskSource<int>
{
    ManualResetValueTaskSourceCore<int> core;
    public ValueTask<int> ReceiveAsync() { core.Reset(); return new ValueTask<int>(this, core.Version); }
    public void Deliver(int bytes) => core.SetResult(bytes);

    public int GetResult(short token) => core.GetResult(token);
    public ValueTaskSourceStatus GetStatus(short token) => core.GetStatus(token);
    public void OnCompleted(Action<object?> continuation, object? state, short token,
        ValueTaskSourceOnCompletedFlags flags) => core.OnCompleted(continuation, state, token, flags);
}
