namespace DocRunner.Timelines;

/// <summary>A way a run differs from its page's timeline, at the page bar it concerns (a line index in the block), if any.</summary>
public sealed record TimelineDifference(int? LineIndex, string Message);

/// <summary>
/// Compares a page's timeline with a run's, within <see cref="TimelineTolerance"/>: the same bars in the same lanes,
/// each about as long, the bars that ran one after the other still in that order, and as many bars at once.
/// Bars are matched by lane and label, and bars sharing both by their order of starting.
/// </summary>
public static class TimelineComparer
{
    public static IReadOnlyList<TimelineDifference> Compare(IReadOnlyList<(TimelineBar Bar, int LineIndex)> page, IReadOnlyList<TimelineBar> run)
    {
        var differences = new List<TimelineDifference>();
        var pairs = new List<(TimelineBar Page, TimelineBar Run, int LineIndex)>();
        var runByKey = run.GroupBy(Key).ToDictionary(g => g.Key, g => g.OrderBy(b => b.Start).ToList());
        foreach (var group in page.GroupBy(p => Key(p.Bar)))
        {
            var inPage = group.OrderBy(p => p.Bar.Start).ToList();
            var inRun = runByKey.GetValueOrDefault(group.Key) ?? [];
            for (var i = 0; i < inPage.Count; i++)
            {
                if (i < inRun.Count) pairs.Add((inPage[i].Bar, inRun[i], inPage[i].LineIndex));
                else differences.Add(new(inPage[i].LineIndex, $"{Name(inPage[i].Bar)} is on the page but not in this run"));
            }
            runByKey.Remove(group.Key);
            foreach (var extra in inRun.Skip(inPage.Count))
                differences.Add(new(null, $"{Name(extra)} ran ({extra.Start}–{extra.End} ms) but is not on the page"));
        }
        foreach (var extra in runByKey.Values.SelectMany(b => b).OrderBy(b => b.Start))
            differences.Add(new(null, $"{Name(extra)} ran ({extra.Start}–{extra.End} ms) but is not on the page"));

        foreach (var (pageBar, runBar, line) in pairs)
        {
            var (min, max) = TimelineTolerance.AllowedLength(pageBar.Length);
            if (runBar.Length < min || runBar.Length > max)
                differences.Add(new(line, $"{Name(pageBar)} lasted {pageBar.Length} ms on the page and {runBar.Length} ms in this run (allowed {min}–{max} ms)"));
        }
        for (var i = 0; i < pairs.Count; i++)
            for (var j = i + 1; j < pairs.Count; j++)
                if (OrderChanged(pairs[i], pairs[j]) is { } message)
                    differences.Add(new(Math.Min(pairs[i].LineIndex, pairs[j].LineIndex), message));
        if (differences.Count == 0) differences.AddRange(PeaksChanged(pairs));
        return differences;
    }

    /// <summary>
    /// How many bars ran at once, at the most, in each lane and in the whole timeline, must not change: that is the
    /// concurrency the picture shows (three downloads at once, two pipeline stages side by side, one at a time).
    /// Which bars overlap may change, because a busy machine shifts them, but not how many run together.
    /// </summary>
    static IEnumerable<TimelineDifference> PeaksChanged(List<(TimelineBar Page, TimelineBar Run, int LineIndex)> pairs)
    {
        var lanes = pairs.GroupBy(p => p.Page.Lane).Select(g => (Name: $"lane `{g.Key}`", Bars: g.ToList())).ToList();
        if (lanes.Count > 1) lanes.Add(("the timeline", pairs));
        foreach (var lane in lanes)
        {
            // Bars that are short on the page (a call turned away at once) are left out on both sides: ends move more than they last.
            var counted = lane.Bars.Where(p => p.Page.Length > TimelineTolerance.OverlapSlackMs).ToList();
            var (onPage, now) = (Peak(counted.Select(p => p.Page)), Peak(counted.Select(p => p.Run)));
            if (onPage != now)
                yield return new(lane.Bars.Min(p => p.LineIndex),
                    $"in {lane.Name}, at most {onPage} bar{(onPage == 1 ? "" : "s")} ran at once on the page, and {now} in this run");
        }
    }

    /// <summary>
    /// The most bars that ran at once. Bars that overlap by no more than the slack only touch (a bar that ends late
    /// beside one that another let go), so a bar counts until the slack before its end (or for its first millisecond,
    /// when it is shorter than that). Moments do not count.
    /// </summary>
    public static int Peak(IEnumerable<TimelineBar> bars)
    {
        var changes = bars.Where(b => b.Length > 0)
            .SelectMany(b => new[] { (At: b.Start, Change: 1), (At: Math.Max(b.Start + 1, b.End - TimelineTolerance.OverlapSlackMs), Change: -1) })
            .OrderBy(c => c.At).ThenBy(c => c.Change);
        int running = 0, peak = 0;
        foreach (var (_, change) in changes) peak = Math.Max(peak, running += change);
        return peak;
    }

    /// <summary>
    /// Two bars that ran one after the other on the page (the second starting when or after the first ended) must keep
    /// their order, and the later one must not start before the earlier one is halfway through its length on the page:
    /// that is work that now runs at the same time. Only starts are compared, because load delays the end of a bar
    /// (the code after an await runs late) but not the start of a bar that something else already let go.
    /// </summary>
    static string? OrderChanged((TimelineBar Page, TimelineBar Run, int) a, (TimelineBar Page, TimelineBar Run, int) b)
    {
        var (first, second) = a.Page.Start <= b.Page.Start ? (a, b) : (b, a);
        if (first.Page.Start == second.Page.Start || second.Page.Start < first.Page.End) return null;
        if (first.Run.Start > second.Run.Start + TimelineTolerance.OverlapSlackMs)
            return $"{Name(first.Page)} ran before {Name(second.Page)} on the page, but after it in this run " +
                   $"({Span(first.Run)} and {Span(second.Run)} ms)";
        var halfway = first.Run.Start + first.Page.Length / 2;
        if (second.Run.Start + TimelineTolerance.OverlapSlackMs < halfway)
            return $"{Name(first.Page)} and {Name(second.Page)} ran one after the other on the page, but at the same time in this run: " +
                   $"{Label(second.Page)} started at {second.Run.Start} ms, before {Label(first.Page)} (from {first.Run.Start} ms) was halfway through";
        return null;
    }

    static string Label(TimelineBar bar) => $"`{bar.Label}`";
    static string Span(TimelineBar bar) => $"{bar.Start}–{bar.End}";

    public static long Overlap(TimelineBar a, TimelineBar b) => Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);

    static string Key(TimelineBar bar) => bar.Lane + "\u0000" + bar.Label;
    static string Name(TimelineBar bar) => $"`{bar.Lane} | {bar.Label}`";
}
