using System.Diagnostics;

namespace DocRunner.Timelines;

/// <summary>
/// Inside a worker process: records the <see cref="Activity"/> spans a sample starts and stops, for its timeline.
/// One listener serves every sample of the process; each span goes to the log of the sample whose execution
/// context stopped it, as console text does. Sources of the runtime and libraries (System.*, Microsoft.*) are not
/// listened to. Without this listener, as under <c>dotnet run</c>, the sample's <c>StartActivity</c> returns null.
/// </summary>
public static class SpanRecorder
{
    /// <summary>The tag a sample sets to choose a span's lane; without it the lane is the name of the span's source.</summary>
    public const string LaneTag = "lane";

    static readonly AsyncLocal<SpanLog?> Current = new();
    static readonly Lock InstallGate = new();
    static ActivityListener? listener;
    static SpanLog? wholeProcess;

    /// <summary>Starts a log for the sample about to run in this execution context.</summary>
    public static SpanLog Begin()
    {
        Install();
        var log = new SpanLog();
        Current.Value = log;
        return log;
    }

    /// <summary>Starts a log for every span of this process: for a sample that has the process to itself.</summary>
    public static SpanLog BeginForProcess()
    {
        Install();
        return wholeProcess = new SpanLog();
    }

    static void Install()
    {
        lock (InstallGate)
            if (listener is null)
            {
                listener = new ActivityListener
                {
                    ShouldListenTo = source => !source.Name.StartsWith("System.", StringComparison.Ordinal)
                        && !source.Name.StartsWith("Microsoft.", StringComparison.Ordinal),
                    Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
                    SampleUsingParentId = (ref ActivityCreationOptions<string> _) => ActivitySamplingResult.AllData,
                    ActivityStopped = Stopped,
                };
                ActivitySource.AddActivityListener(listener);
            }
    }

    /// <summary>
    /// Times come from the activity itself (its start, duration and events' timestamps), all read from one clock:
    /// a listener's own clock would lag the activity's start by whatever creating the activity cost, and its events
    /// would then land late against other spans.
    /// </summary>
    static void Stopped(Activity activity)
    {
        if ((Current.Value ?? wholeProcess) is not { } log) return;
        var lane = activity.GetTagItem(LaneTag)?.ToString() ?? activity.Source.Name;
        var start = activity.StartTimeUtc.Ticks;
        log.Add(lane, activity.DisplayName, start, start + activity.Duration.Ticks);
        // An event inside a span (Activity.AddEvent) is a moment: a bar that starts and ends at once, in the span's lane.
        foreach (var moment in activity.Events)
            log.Add(lane, moment.Name, moment.Timestamp.UtcTicks, moment.Timestamp.UtcTicks);
    }
}

/// <summary>One sample's spans, in UTC ticks until <see cref="ToWire"/> makes them a timeline.</summary>
public sealed class SpanLog
{
    readonly List<(string Lane, string Label, long Start, long End)> spans = [];

    public void Add(string lane, string label, long start, long end)
    {
        lock (spans) spans.Add((lane, label, start, end));
    }

    /// <summary>
    /// The spans as a timeline sent from the worker: one line per bar, tab-separated, times in whole milliseconds
    /// after the first span's start (rounded down, so a bar that starts after another ended never appears to start first).
    /// </summary>
    public string ToWire()
    {
        lock (spans)
        {
            if (spans.Count == 0) return "";
            var origin = spans.Min(s => s.Start);
            long Ms(long ticks) => (ticks - origin) / TimeSpan.TicksPerMillisecond;
            return string.Concat(spans.OrderBy(s => s.Start).Select(s =>
                $"{TimelineBar.Clean(s.Lane)}\t{TimelineBar.Clean(s.Label)}\t{Ms(s.Start)}\t{Ms(s.End)}\n"));
        }
    }

    public static IReadOnlyList<TimelineBar> FromWire(string wire) =>
        [.. wire.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('\t'))
            .Where(cells => cells.Length == 4)
            .Select(cells => new TimelineBar(cells[0], cells[1], long.Parse(cells[2]), long.Parse(cells[3])))];
}
