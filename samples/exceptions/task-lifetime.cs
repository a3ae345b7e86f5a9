using System.Runtime.CompilerServices;

var onTimer = StartAndForget(WaitForTimerAsync);
var onOrphan = StartAndForget(WaitForOrphanSignalAsync);

// Force what the garbage collector would do at some unknown later time.
GC.Collect();
GC.WaitForPendingFinalizers();
GC.Collect();

Console.WriteLine($"task waiting on a 10 s timer still exists: {onTimer.IsAlive}");
Console.WriteLine($"task waiting on a signal nobody holds still exists: {onOrphan.IsAlive}");

// Starts the task and keeps only a weak reference to it, as asyncio's loop does.
[MethodImpl(MethodImplOptions.NoInlining)]
static WeakReference StartAndForget(Func<Task> start) => new(start());

static async Task WaitForTimerAsync() => await Task.Delay(TimeSpan.FromSeconds(10));

static async Task WaitForOrphanSignalAsync()
{
    try { await new TaskCompletionSource().Task; } // nothing else references this source
    finally { Console.WriteLine("finally ran"); }  // never printed
}
