using System.Diagnostics;

// Spans for the timeline under this sample, each in the lane of the thread or queue it ran in.
var trace = new ActivitySource("where code runs");

// A console app installs no SynchronizationContext and uses the default TaskScheduler.
Console.WriteLine($"SynchronizationContext.Current is null: {SynchronizationContext.Current is null}");
Console.WriteLine($"TaskScheduler.Current is the default: {TaskScheduler.Current == TaskScheduler.Default}");

var startingThread = Thread.CurrentThread;
Task<Thread> resumedOn = ResumeAfterDelayAsync();
using (trace.StartActivity("Thread.Sleep(300)")?.SetTag("lane", "starting thread"))
    Thread.Sleep(300); // keep the starting thread busy while the 100 ms delay completes

Thread continuationThread = await resumedOn;
Console.WriteLine($"the continuation waited for the starting thread: {continuationThread == startingThread}");
Console.WriteLine($"the continuation ran on a pool thread: {continuationThread.IsThreadPoolThread}");

async Task<Thread> ResumeAfterDelayAsync()
{
    using (trace.StartActivity("Task.Delay(100)")?.SetTag("lane", "timer queue"))
        await Task.Delay(100);
    using (trace.StartActivity("the code after the await")?.SetTag("lane", "pool thread"))
        return Thread.CurrentThread; // the thread that runs the code after the await
}
