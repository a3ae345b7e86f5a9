using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using DocRunner.Comparing;
using DocRunner.Reporting;

namespace DocRunner.Preview.Live;

/// <summary>One line of a side of a drift box; <see cref="Kind"/> is "", "added", "removed", "gap" or "tolerated".</summary>
public sealed record OverlayLine(string Text, string Kind);

/// <summary>
/// One box of the overlay. <see cref="Kind"/>: running, drift, missing (no output block), problem (anything else).
/// <see cref="Sample"/> and <see cref="Occurrence"/> (the n-th embed of that sample on the page, from 0) place it after
/// that sample's code in the DocFX page; without a sample it goes to the top of the article.
/// </summary>
public sealed record OverlayItem(string Kind, string Label, string Where, string? Sample, int Occurrence, string Message,
    IReadOnlyList<string> Details, IReadOnlyList<OverlayLine>? OnPage, IReadOnlyList<OverlayLine>? Printed);

/// <summary>What the overlay shows on one page: site-wide problems first (DocFX's warnings among them), then the page's own.</summary>
public sealed record OverlayReport(IReadOnlyList<string> SiteProblems, IReadOnlyList<OverlayItem> Items)
{
    /// <summary>The page's checks as overlay boxes: embeds in page order, then sessions and inline blocks, then the rest.</summary>
    public static IReadOnlyList<OverlayItem> ItemsFor(string page, PageChecks checks)
    {
        var items = new List<OverlayItem>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, check) in checks.Embeds.OrderBy(e => e.Key))
        {
            var occurrence = check.Sample is null ? 0 : seen[check.Sample] = seen.GetValueOrDefault(check.Sample, -1) + 1;
            if (check.Running)
                items.Add(new("running", "running", $"{page}:{line}", check.Sample, occurrence, $"running {check.Sample}…", [], null, null));
            else if (check.Record is { Failed: true } record)
                items.Add(FromRecord(record, check, occurrence));
        }
        foreach (var (line, check) in checks.Blocks.OrderBy(b => b.Key))
        {
            if (check.Running) items.Add(new("running", "running", $"{page}:{line}", null, 0, $"running the block at line {line}…", [], null, null));
            else if (check.Record is { Failed: true } record) items.Add(FromRecord(record, null, 0));
        }
        items.AddRange(checks.Loose.Where(r => r.Failed).Select(r => FromRecord(r, null, 0)));
        return items;
    }

    static OverlayItem FromRecord(CheckRecord record, EmbedCheck? check, int occurrence)
    {
        var label = ConsoleReporter.Label(record.Status);
        var where = $"{record.Page}:{record.Line}";
        var subject = record.Sample is null ? "" : record.Sample + (record.Region is null ? "" : "#" + record.Region);
        if (check?.Printed is { } printed && check.Expected is { } expected)
        {
            var (onPage, now) = SideBySide(expected, printed, check.OutputInfo);
            return new("drift", label, where, check.Sample, occurrence, $"{subject} {record.Message}".Trim(), [], onPage, now);
        }
        if (check?.Printed is { } only)
            return new("missing", label, where, check.Sample, occurrence, $"{subject} {record.Message}".Trim(), [],
                null, [.. only.Select(l => new OverlayLine(l, "added"))]);
        return new("problem", label, where, record.Sample ?? check?.Sample, occurrence, $"{subject} {record.Message}".Trim(), record.Details, null, null);
    }

    /// <summary>The page's lines beside the printed ones; a pair within the output block's <c>approx</c> tolerance is not marked as differing.</summary>
    static (List<OverlayLine>, List<OverlayLine>) SideBySide(IReadOnlyList<string> expected, IReadOnlyList<string> printed, string info)
    {
        var model = new SideBySideDiffBuilder(new Differ()).BuildDiffModel(string.Join("\n", expected), string.Join("\n", printed), ignoreWhitespace: false);
        var modes = OutputModes.Parse(info, out _) with { Unordered = false };
        var tolerated = new HashSet<int>();
        for (var i = 0; i < Math.Min(model.OldText.Lines.Count, model.NewText.Lines.Count); i++)
            if (model.OldText.Lines[i] is { Type: ChangeType.Modified, Text: { } left } && model.NewText.Lines[i] is { Type: ChangeType.Modified, Text: { } right }
                && OutputComparer.Matches([left], [right], modes))
                tolerated.Add(i);
        return (Side(model.OldText.Lines, "removed", expected.Count == 0, tolerated), Side(model.NewText.Lines, "added", printed.Count == 0, tolerated));
    }

    static List<OverlayLine> Side(IEnumerable<DiffPiece> lines, string changed, bool empty, HashSet<int> tolerated) =>
        empty ? [] : [.. lines.Select((line, index) => new OverlayLine(line.Text ?? "", line.Type switch
        {
            ChangeType.Imaginary => "gap",
            _ when tolerated.Contains(index) => "tolerated",
            ChangeType.Modified or ChangeType.Deleted or ChangeType.Inserted => changed,
            _ => "",
        }))];
}
