// A server that has two threads for its requests.
var twoThreads = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, maxConcurrencyLevel: 2);
var server = new TaskFactory(twoThreads.ConcurrentScheduler);
Lock gate = new();
int inFlight = 0, peak = 0;

#region blocking
await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => server.StartNew(() =>
{
    Enter();
    Thread.Sleep(200);      // a blocking read holds its thread while it waits
    Leave();
})));
Console.WriteLine($"blocking reads: at most {peak} of 6 in flight at once");
#endregion

#region async
peak = 0;
await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => server.StartNew(async () =>
{
    Enter();
    await Task.Delay(200);  // an async read gives its thread back while it waits
    Leave();
}).Unwrap()));
Console.WriteLine($"async reads: at most {peak} of 6 in flight at once");
#endregion

void Enter() { lock (gate) peak = Math.Max(peak, ++inFlight); }
void Leave() { lock (gate) inFlight--; }
