// A console app installs no SynchronizationContext and uses the default TaskScheduler.
Console.WriteLine($"SynchronizationContext.Current is null: {SynchronizationContext.Current is null}");
Console.WriteLine($"TaskScheduler.Current is the default: {TaskScheduler.Current == TaskScheduler.Default}");

var startingThread = Thread.CurrentThread;
Task<Thread> resumedOn = ResumeAfterDelayAsync();
Thread.Sleep(300); // keep the starting thread busy while the 100 ms delay completes

Thread continuationThread = await resumedOn;
Console.WriteLine($"the continuation waited for the starting thread: {continuationThread == startingThread}");
Console.WriteLine($"the continuation ran on a pool thread: {continuationThread.IsThreadPoolThread}");

static async Task<Thread> ResumeAfterDelayAsync()
{
    await Task.Delay(100);
    return Thread.CurrentThread; // the thread that runs the code after the await
}
