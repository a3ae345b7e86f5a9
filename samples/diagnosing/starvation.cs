using System.Diagnostics;

// The pool adds threads quickly up to its minimum, then only slowly: block two more than it has now.
ThreadPool.GetMinThreads(out int minimumWorkers, out _);
int requests = Math.Max(ThreadPool.ThreadCount, minimumWorkers) + 2;
var trace = new ActivitySource("starvation"); // spans for the timeline under this sample

#region blocking
TimeSpan blockedLateness = await MeasureTimerLatenessAsync(() => Task.Run(() => Thread.Sleep(500)), "blocking requests");
Console.WriteLine($"requests that block pool threads: the 0.1 s timer ran over 0.25 s late: {blockedLateness > TimeSpan.FromMilliseconds(250)}");
#endregion

#region async
TimeSpan asyncLateness = await MeasureTimerLatenessAsync(() => Task.Delay(500), "awaiting requests");
Console.WriteLine($"requests that await instead: the 0.1 s timer ran over 0.25 s late: {asyncLateness > TimeSpan.FromMilliseconds(250)}");
#endregion

async Task<TimeSpan> MeasureTimerLatenessAsync(Func<Task> handleRequest, string lane)
{
    using Activity? all = trace.StartActivity("all requests")?.SetTag("lane", lane);
    Task[] inFlight = Enumerable.Range(0, requests).Select(_ => handleRequest()).ToArray();
    var clock = Stopwatch.StartNew();
    using (trace.StartActivity("0.1 s delay, until resumed")?.SetTag("lane", lane))
        await Task.Delay(100); // its timer callback and its continuation both need a free pool thread
    TimeSpan lateness = clock.Elapsed - TimeSpan.FromMilliseconds(100);
    await Task.WhenAll(inFlight);
    return lateness;
}
