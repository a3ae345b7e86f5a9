using Spectre.Console;

namespace DocRunner.Reporting;

/// <summary>
/// Prints failures with their explanation, the pages an update rewrote, where the time went, then the closing line
/// <c>N passed, M failed, K skipped</c>. Colour only where <see cref="ColorPolicy"/> allows it.
/// </summary>
public static class ConsoleReporter
{
    public static void Print(RunReport report, bool verbose) =>
        Print(report, verbose, Console.Out, ColorPolicy.UseColorOnStandardOutput());

    public static void Print(RunReport report, bool verbose, TextWriter writer, bool color)
    {
        var console = ColorPolicy.CreateConsole(writer, color);
        foreach (var record in report.Records.Where(r => r.Failed || verbose))
        {
            var subject = record.Sample is null ? "" : $" {record.Sample}{(record.Region is null ? "" : "#" + record.Region)}";
            var (mark, style) = record.Failed ? ("✗", "red") : record.Status == CheckStatus.Skipped ? ("-", "grey") : ("✓", "green");
            var label = record.Failed ? $" [{style}]{Label(record.Status)}[/]:" : "";
            console.MarkupLine($"[{style}]{mark}[/] {Markup.Escape($"{record.Page}:{record.Line}{subject}")}{label} {Markup.Escape(record.Message)}");
            foreach (var detail in record.Details)
            {
                var detailStyle = detail.StartsWith("- ") || detail.StartsWith("--- ") ? "red" : detail.StartsWith("+ ") || detail.StartsWith("+++ ") ? "green" : "default";
                console.MarkupLine($"    [{detailStyle}]{Markup.Escape(detail)}[/]");
            }
        }
        foreach (var (page, blocks) in RewrittenPages(report))
        {
            var timelines = report.Records.Count(r => r.Page == page && r.Status == CheckStatus.Updated && r.Kind == Timelines.TimelineJudge.Kind);
            var outputs = blocks - timelines;
            string[] parts = [.. outputs > 0 || timelines == 0 ? [$"{outputs} output block{(outputs == 1 ? "" : "s")}"] : Array.Empty<string>(),
                .. timelines > 0 ? [$"{timelines} timeline{(timelines == 1 ? "" : "s")}"] : Array.Empty<string>()];
            console.MarkupLine($"[green]rewrote[/] {Markup.Escape(page)} ({string.Join(", ", parts)})");
        }
        if (report.Note is not null) console.MarkupLine($"[grey]{Markup.Escape(report.Note)}[/]");
        if (report.Warning is not null) console.MarkupLine($"[yellow]{Markup.Escape(report.Warning)}[/]");
        if (report.RanAgain is { Count: > 0 } again)
            console.MarkupLine($"[yellow]{Markup.Escape($"printed otherwise at first, then were judged on a second run (sensitive to load?): {string.Join(", ", again)}")}[/]");
        var samples = report.SamplesRun + report.SamplesCached;
        console.MarkupLine($"[grey]{samples} samples ({report.SamplesRun} run, {report.SamplesCached} from cache) in {report.WallMs / 1000.0:0.0} s[/]");
        if (WhereTheTimeWent(report) is { } time) console.MarkupLine($"[grey]{Markup.Escape(time)}[/]");
        var skipped = report.Skipped > 0 ? $", {report.Skipped} skipped" : "";
        console.WriteLine($"{report.Passed} passed, {report.Failed} failed{skipped}");
    }

    /// <summary>
    /// The pages <c>update</c> wrote, with how many blocks changed: a page with updated blocks is written unless
    /// one of its checks failed or it could not be written, which adds a failed "page" or "environment" record.
    /// </summary>
    public static IEnumerable<(string Page, int Blocks)> RewrittenPages(RunReport report) =>
        report.Records.Where(r => r.Status == CheckStatus.Updated).GroupBy(r => r.Page)
            .Where(g => !report.Records.Any(r => r.Page == g.Key && r.Kind is ("page" or CheckRecord.Environment) && r.Failed))
            .Select(g => (g.Key, g.Count()));

    public static string? WhereTheTimeWent(RunReport report)
    {
        if (report.Stages is not { Count: > 0 } stages) return null;
        static string Seconds(long ms) => $"{ms / 1000.0:0.0} s";
        var parts = new List<string>();
        var together = stages.Where(s => s.Overlaps).ToList();
        foreach (var stage in stages)
        {
            if (stage.Overlaps && stage != together[0]) continue;
            parts.Add(stage.Overlaps
                ? "at the same time " + string.Join(", ", together.Select(s => $"{s.Name} {Seconds(s.Ms)}"))
                : $"{stage.Name} {Seconds(stage.Ms)}");
        }
        var slowest = report.Records.Where(r => r.Kind == "embed" && r.Sample is not null && !r.Cached && r.WallMs > 0)
            .GroupBy(r => r.Sample!).Select(g => (Sample: g.Key, Ms: g.Max(r => r.WallMs)))
            .OrderByDescending(s => s.Ms).Take(3).ToList();
        var tail = slowest.Count == 0 ? "" : "; slowest samples: " + string.Join(", ", slowest.Select(s => $"{s.Sample} {Seconds(s.Ms)}"));
        return $"where the time went: {string.Join("; ", parts)}{tail}";
    }

    public static string Label(CheckStatus status) => status switch
    {
        CheckStatus.MissingOutput => "no output block",
        CheckStatus.CompileError => "compile error",
        CheckStatus.RuntimeError => "runtime error",
        CheckStatus.OutputLimit => "output limit",
        CheckStatus.BrokenEmbed => "broken embed",
        _ => status.ToString().ToLowerInvariant(),
    };
}
