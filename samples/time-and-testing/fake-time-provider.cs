#:package Microsoft.Extensions.TimeProvider.Testing@10.0.0
using Microsoft.Extensions.Time.Testing;

#region timeout
var clock = new FakeTimeProvider();
var reply = new TaskCompletionSource<string>(); // a server that never answers
Task<string> call = reply.Task.WaitAsync(TimeSpan.FromSeconds(30), clock);
clock.Advance(TimeSpan.FromSeconds(29));
Console.WriteLine($"after 29 s of fake time: {call.Status}");
clock.Advance(TimeSpan.FromSeconds(1));
Console.WriteLine($"after 30 s of fake time: {call.Status} with {call.Exception!.InnerException!.GetType().Name}");
#endregion

#region too-early
var retryClock = new FakeTimeProvider();
var connected = new TaskCompletionSource();
Task retry = RetryAfterConnectingAsync(connected.Task, retryClock);
retryClock.Advance(TimeSpan.FromSeconds(5)); // ❌ the 5-second timer does not exist yet
connected.SetResult();                       // now RetryAfterConnectingAsync creates it
Console.WriteLine($"advanced before the timer existed: retry done = {retry.IsCompleted}");
retryClock.Advance(TimeSpan.FromSeconds(5)); // ✅ the timer exists
Console.WriteLine($"advanced after the timer existed: retry done = {retry.IsCompleted}");
#endregion

#region pool
var nightClock = new FakeTimeProvider();
int testThread = Environment.CurrentManagedThreadId;
var steps = new List<string>();
Task report = WriteNightlyReportAsync(nightClock, steps, testThread);
nightClock.Advance(TimeSpan.FromHours(1));
await report; // ✅ wait for the operation itself before asserting on what it did
steps.ForEach(Console.WriteLine);
#endregion

static async Task RetryAfterConnectingAsync(Task connecting, TimeProvider time)
{
    await connecting;
    await Task.Delay(TimeSpan.FromSeconds(5), time);
}

static async Task WriteNightlyReportAsync(TimeProvider time, List<string> steps, int testThread)
{
    await Task.Delay(TimeSpan.FromHours(1), time);
    steps.Add($"code after the delay ran inside Advance, on the test's thread: {Environment.CurrentManagedThreadId == testThread}");
    await Task.Run(() => steps.Add($"work inside Task.Run ran on the test's thread: {Environment.CurrentManagedThreadId == testThread}"));
    steps.Add("report written");
}
