#:package System.Threading.RateLimiting@10.0.12
using System.Diagnostics;
using System.Threading.RateLimiting;

var trace = new ActivitySource("calls"); // each call is a span in the timeline under this sample

int window = 0;
using var limiter = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
{
    PermitLimit = 2,              // two calls...
    Window = TimeSpan.FromMilliseconds(1), // ...per window (short: TryReplenish opens a window only after it has elapsed)
    QueueLimit = 4,               // four more wait in line; any further call is turned away
    AutoReplenishment = false,    // this sample opens each new window itself, so the output never depends on timing
});

Task<string>[] calls = [.. Enumerable.Range(1, 7).Select(async call =>
{
    using Activity? span = trace.StartActivity($"call {call}");
    using RateLimitLease lease = await limiter.AcquireAsync();
    if (!lease.IsAcquired) return $"call {call}: rejected, the queue is full";
    return $"call {call}: window {Volatile.Read(ref window)}";
})];

for (int next = 1; next <= 2; next++)
{
    await Task.Delay(100);           // stands in for the rest of the window passing
    Volatile.Write(ref window, next);
    limiter.TryReplenish();          // what the limiter's own timer does when AutoReplenishment is on
}
Console.WriteLine(string.Join(Environment.NewLine, await Task.WhenAll(calls).WaitAsync(TimeSpan.FromSeconds(5))));
