using DocRunner.Discovery;
using DocRunner.Reporting;
using DocRunner.Rewriting;
using DocRunner.Running;

namespace DocRunner.Timelines;

/// <summary>
/// Judges an embed's <c>```timeline</c> block against its sample's run, and when updating rewrites the block,
/// but only if the run no longer matches it within <see cref="TimelineTolerance"/>: a page that still matches keeps its bytes.
/// </summary>
public static class TimelineJudge
{
    public const string Kind = "timeline";

    /// <summary>Whether the run matches the embed's timeline block; a block that is empty or unreadable, or a run without spans, is not drift.</summary>
    public static bool Agrees(Embed embed, SampleRun run)
    {
        if (embed.Timeline is not { } block || run.Timeline is not { Count: > 0 } recorded) return true;
        var (bars, problems) = TimelineText.Parse(block.ContentLines);
        return problems.Count > 0 || bars.Count == 0 || TimelineComparer.Compare(bars, [.. recorded.OrderBy(b => b.Start)]).Count == 0;
    }

    /// <summary>Null when there is nothing to say: no timeline block, or the run failed (its embed's record says why).</summary>
    public static (CheckRecord Record, PageEdit? Edit)? Judge(Page page, Embed embed, SampleRun? run, bool updating)
    {
        if (embed.Timeline is not { } block || run is not { Succeeded: true }) return null;
        CheckRecord Record(int line, CheckStatus status, string message, IReadOnlyList<string>? details = null) =>
            new(page.RelativePath, line, Kind, embed.SamplePath, embed.Region, status, message, details ?? [], 0, 0, run.FromCache);

        if (run.Timeline is not { } recorded)
            return (Record(block.OpeningLine, CheckStatus.Problem,
                $"{run.SamplePath} ran ({run.Where}) but its spans could not be recorded: its process ended without writing them"), null);
        if (recorded.Count == 0)
            return (Record(block.OpeningLine, CheckStatus.Problem,
                $"{run.SamplePath} recorded no spans: start and stop an Activity from an ActivitySource for each bar (see CONTRIBUTING, \"Timelines\")"), null);

        // Stable: bars that start in the same millisecond keep the order in which they really started.
        var ordered = recorded.OrderBy(b => b.Start).ToList();
        var (bars, problems) = TimelineText.Parse(block.ContentLines);
        if (problems.Count > 0)
            return (Record(block.FirstContentLine + problems[0].LineIndex, CheckStatus.Problem, problems[0].Message), null);

        if (bars.Count == 0)
            return updating
                ? (Record(block.OpeningLine, CheckStatus.Updated, "timeline recorded"), OutputBlockWriter.Replace(page.Text, block, TimelineText.Format(ordered)))
                : (Record(block.OpeningLine, CheckStatus.MissingOutput, "the timeline block is empty; run `update` to record it"), null);

        var differences = TimelineComparer.Compare(bars, ordered);
        if (differences.Count == 0) return (Record(block.OpeningLine, CheckStatus.Passed, "timeline matches"), null);
        if (updating)
            return (Record(block.OpeningLine, CheckStatus.Updated, "timeline rewritten"), OutputBlockWriter.Replace(page.Text, block, TimelineText.Format(ordered)));

        int LineOf(TimelineDifference d) => d.LineIndex is { } index ? block.FirstContentLine + index : block.OpeningLine;
        var first = differences.FirstOrDefault(d => d.LineIndex is not null) ?? differences[0];
        string[] header = [$"--- {page.RelativePath}:{block.FirstContentLine} (page)", $"+++ {embed.SamplePath} (recorded now)"];
        var explained = differences.Take(10).Select(d => $"{page.RelativePath}:{LineOf(d)}: {d.Message}");
        var more = differences.Count > 10 ? [$"… and {differences.Count - 10} more differences"] : Array.Empty<string>();
        var diff = Comparing.Diff.Unified(TimelineText.Format([.. bars.Select(b => b.Bar)]), TimelineText.Format(ordered));
        return (Record(LineOf(first), CheckStatus.Drift, "the timeline no longer matches the sample's run: " + TimelineTolerance.Statement,
            [.. explained, .. more, .. header, .. diff]), null);
    }
}
