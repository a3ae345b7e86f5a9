using System.Diagnostics;

var wallClock = Stopwatch.StartNew();
var clock = new ManualTimeProvider();
var reply = new TaskCompletionSource<string>(); // a server that never answers
Task<string> call = reply.Task.WaitAsync(TimeSpan.FromSeconds(30), clock);
clock.Advance(TimeSpan.FromSeconds(29));
Console.WriteLine($"after 29 s of fake time: {call.Status}");
clock.Advance(TimeSpan.FromSeconds(1));
Console.WriteLine($"after 30 s of fake time: {call.Status} with {call.Exception!.InnerException!.GetType().Name}");
Console.WriteLine($"test finished without waiting: {wallClock.Elapsed < TimeSpan.FromSeconds(1)}");

// Time stands still until Advance moves it. Single-threaded use only, which suits a test.
sealed class ManualTimeProvider : TimeProvider
{
    readonly List<ManualTimer> timers = [];
    DateTimeOffset now = DateTimeOffset.UnixEpoch;

    public override DateTimeOffset GetUtcNow() => now;
    public override long GetTimestamp() => now.Ticks;
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, () => callback(state));
        timer.Change(dueTime, period);
        timers.Add(timer);
        return timer;
    }

    public void Advance(TimeSpan amount)
    {
        DateTimeOffset target = now + amount;
        while (timers.Where(t => t.DueAt <= target).MinBy(t => t.DueAt) is { } due)
        {
            now = due.DueAt;
            due.Change(due.Period > TimeSpan.Zero ? due.Period : Timeout.InfiniteTimeSpan, due.Period);
            due.Callback();
        }
        now = target;
    }

    sealed class ManualTimer(ManualTimeProvider clock, Action callback) : ITimer
    {
        public Action Callback => callback;
        public DateTimeOffset DueAt { get; private set; }
        public TimeSpan Period { get; private set; }
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            (DueAt, Period) = (dueTime == Timeout.InfiniteTimeSpan ? DateTimeOffset.MaxValue : clock.now + dueTime, period);
            return true;
        }
        public void Dispose() => Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        public ValueTask DisposeAsync() { Dispose(); return default; }
    }
}
