using System.Runtime.CompilerServices;

TaskScheduler.UnobservedTaskException += (_, e) =>
{
    Console.WriteLine($"UnobservedTaskException: {e.Exception.InnerException!.Message}");
    e.SetObserved();
};

StartAndForget();
await Task.Delay(300);
Console.WriteLine("the failed task is garbage now; nothing has reported it yet");

// Force what the garbage collector would do at some unknown later time.
GC.Collect();
GC.WaitForPendingFinalizers();
Console.WriteLine("program still running");

[MethodImpl(MethodImplOptions.NoInlining)]
static void StartAndForget() => _ = SendAuditLogAsync();

static async Task SendAuditLogAsync()
{
    await Task.Delay(100);
    throw new InvalidOperationException("audit log unreachable");
}
