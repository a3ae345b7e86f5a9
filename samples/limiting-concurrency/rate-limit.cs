#:package System.Threading.RateLimiting@10.0.12
using System.Diagnostics;
using System.Threading.RateLimiting;

var window = TimeSpan.FromMilliseconds(500);
var clock = Stopwatch.StartNew();
using var limiter = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
{
    PermitLimit = 2,     // two calls...
    Window = window,     // ...per 500 ms window
    QueueLimit = 10,     // the rest wait in line
});

var starts = await Task.WhenAll(Enumerable.Range(1, 6).Select(async call =>
{
    using RateLimitLease lease = await limiter.AcquireAsync();
    var started = (int)Math.Round(clock.Elapsed / window); // the window this call started in
    await Task.Delay(10); // the call itself is quick
    return $"call {call}: window {started}";
}));
Console.WriteLine(string.Join(Environment.NewLine, starts));
