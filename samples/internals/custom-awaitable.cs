using System.Runtime.CompilerServices;

#region extension
await TimeSpan.FromMilliseconds(100);
Console.WriteLine("awaited a TimeSpan through an extension GetAwaiter");
#endregion

#region ready
string cached = await new TracingAwaitable("cached value", ready: true);
Console.WriteLine($"got {cached}");
#endregion

#region notready
string fetched = await new TracingAwaitable("fetched value", ready: false);
Console.WriteLine($"got {fetched}");
#endregion

static class TimeSpanAwaiting
{
    public static TaskAwaiter GetAwaiter(this TimeSpan delay) => Task.Delay(delay).GetAwaiter();
}

// Anything with GetAwaiter() can be awaited; the awaiter needs IsCompleted, OnCompleted and GetResult.
readonly struct TracingAwaitable(string value, bool ready)
{
    public Awaiter GetAwaiter() => new(value, ready);

    public readonly struct Awaiter(string value, bool ready) : INotifyCompletion
    {
        public bool IsCompleted { get { Console.WriteLine($"  IsCompleted -> {ready}"); return ready; } }
        public void OnCompleted(Action continuation)
        {
            Console.WriteLine("  OnCompleted: the method suspends; resume it in 100 ms");
            Task.Delay(100).ContinueWith(_ => continuation(), TaskScheduler.Default);
        }
        public string GetResult() { Console.WriteLine("  GetResult"); return value; }
    }
}
