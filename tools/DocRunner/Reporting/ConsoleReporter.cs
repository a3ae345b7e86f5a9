using Spectre.Console;

namespace DocRunner.Reporting;

/// <summary>Prints failures with their explanation, then the closing line <c>N passed, M failed, K skipped</c>.</summary>
public static class ConsoleReporter
{
    public static void Print(RunReport report, bool verbose)
    {
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 1000;
        foreach (var record in report.Records.Where(r => r.Failed || verbose))
        {
            var subject = record.Sample is null ? "" : $" {record.Sample}{(record.Region is null ? "" : "#" + record.Region)}";
            var (mark, color) = record.Failed ? ("✗", "red") : record.Status == CheckStatus.Skipped ? ("-", "grey") : ("✓", "green");
            var label = record.Failed ? $" [{color}]{Label(record.Status)}[/]:" : "";
            AnsiConsole.MarkupLine($"[{color}]{mark}[/] {Markup.Escape($"{record.Page}:{record.Line}{subject}")}{label} {Markup.Escape(record.Message)}");
            foreach (var detail in record.Details)
            {
                var style = detail.StartsWith("- ") || detail.StartsWith("--- ") ? "red" : detail.StartsWith("+ ") || detail.StartsWith("+++ ") ? "green" : "default";
                AnsiConsole.MarkupLine($"    [{style}]{Markup.Escape(detail)}[/]");
            }
        }
        if (report.Note is not null) AnsiConsole.MarkupLine($"[grey]{Markup.Escape(report.Note)}[/]");
        if (report.Warning is not null) AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(report.Warning)}[/]");
        var samples = report.SamplesRun + report.SamplesCached;
        AnsiConsole.MarkupLine($"[grey]{samples} samples ({report.SamplesRun} run, {report.SamplesCached} from cache) in {report.WallMs / 1000.0:0.0} s[/]");
        var skipped = report.Skipped > 0 ? $", {report.Skipped} skipped" : "";
        Console.WriteLine($"{report.Passed} passed, {report.Failed} failed{skipped}");
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
