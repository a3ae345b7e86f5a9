using System.Text;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using DocRunner.Comparing;
using DocRunner.Reporting;

namespace DocRunner.Preview.Markdown;

/// <summary>
/// The boxes the preview puts in a page where a check did not pass: drift (the page's lines beside the printed
/// ones, differing lines highlighted), a missing output block (with what the sample prints), compile errors,
/// timeouts, crashes, broken embeds and page problems, and a note while a sample is still running.
/// </summary>
public static class CheckPanels
{
    public static string Running(string what, string? sample = null) =>
        $"<div class=\"docrunner-check docrunner-running\" data-status=\"running\"{(sample is null ? "" : $" data-sample=\"{Html.Encode(sample)}\"")} role=\"status\">" +
        $"<span class=\"docrunner-spinner\" aria-hidden=\"true\"></span> running {Html.Encode(what)}…</div>\n";

    /// <param name="info">The output block's info string: a line pair within its <c>approx</c> tolerance is not marked as differing.</param>
    public static string Drift(CheckRecord record, IReadOnlyList<string> expected, IReadOnlyList<string> printed, string info = "output")
    {
        var model = new SideBySideDiffBuilder(new Differ()).BuildDiffModel(string.Join("\n", expected), string.Join("\n", printed), ignoreWhitespace: false);
        var modes = OutputModes.Parse(info, out _) with { Unordered = false };
        var tolerated = new HashSet<int>();
        for (var i = 0; i < Math.Min(model.OldText.Lines.Count, model.NewText.Lines.Count); i++)
            if (model.OldText.Lines[i] is { Type: ChangeType.Modified, Text: { } left } && model.NewText.Lines[i] is { Type: ChangeType.Modified, Text: { } right }
                && OutputComparer.Matches([left], [right], modes))
                tolerated.Add(i);
        var html = new StringBuilder();
        html.Append(Open(record, "docrunner-drift"));
        html.Append(Head(record));
        html.Append("<div class=\"docrunner-compare\">");
        html.Append(Side("On the page", "docrunner-expected", model.OldText.Lines, ChangeType.Deleted, expected.Count == 0, tolerated));
        html.Append(Side("Printed now", "docrunner-actual", model.NewText.Lines, ChangeType.Inserted, printed.Count == 0, tolerated));
        html.Append("</div>");
        html.Append("<div class=\"docrunner-hint\">The page was not changed. <code>./docrunner update</code>, or <code>./docrunner serve --update</code>, writes what the sample prints now into the page.</div>");
        return html.Append("</div>\n").ToString();
    }

    public static string MissingOutput(CheckRecord record, IReadOnlyList<string> printed)
    {
        var html = new StringBuilder();
        html.Append(Open(record, "docrunner-missing"));
        html.Append(Head(record));
        html.Append("<div class=\"docrunner-compare\">");
        html.Append(Side("Printed now", "docrunner-actual", [.. printed.Select(l => new DiffPiece(l, ChangeType.Inserted))], ChangeType.Inserted, printed.Count == 0));
        html.Append("</div>");
        html.Append("<div class=\"docrunner-hint\"><code>./docrunner update</code>, or <code>./docrunner serve --update</code>, inserts it as an output block.</div>");
        return html.Append("</div>\n").ToString();
    }

    /// <summary>Any other failed record: its message and details (a diff's lines are coloured).</summary>
    public static string Problem(CheckRecord record)
    {
        var html = new StringBuilder();
        html.Append(Open(record, "docrunner-problem"));
        html.Append(Head(record));
        if (record.Details.Count > 0)
        {
            html.Append("<pre class=\"docrunner-lines\">");
            foreach (var line in record.Details)
            {
                var kind = line.StartsWith("+ ") || line.StartsWith("+++ ") ? " is-added" : line.StartsWith("- ") || line.StartsWith("--- ") ? " is-removed" : "";
                html.Append($"<span class=\"docrunner-line{kind}\">{Html.Encode(line)}</span>\n");
            }
            html.Append("</pre>");
        }
        return html.Append("</div>\n").ToString();
    }

    /// <summary>A box for a problem that stops the whole preview (a malformed docfx.json, a refresh that threw).</summary>
    public static string SiteProblem(string message) =>
        $"<div class=\"docrunner-check docrunner-problem\" data-status=\"problem\" role=\"alert\"><div class=\"docrunner-check-head\"><span class=\"docrunner-badge\">problem</span> {Html.Encode(message)}</div></div>\n";

    public static string Label(CheckStatus status) => ConsoleReporter.Label(status);

    static string Open(CheckRecord record, string kind) =>
        $"<div class=\"docrunner-check {kind}\" data-status=\"{Label(record.Status).Replace(' ', '-')}\" data-line=\"{record.Line}\"" +
        (record.Sample is null ? "" : $" data-sample=\"{Html.Encode(record.Sample)}\"") + " role=\"alert\">";

    static string Head(CheckRecord record)
    {
        var subject = record.Sample is null ? "" : $" <code>{Html.Encode(record.Sample + (record.Region is null ? "" : "#" + record.Region))}</code>";
        return $"<div class=\"docrunner-check-head\"><span class=\"docrunner-badge\">{Html.Encode(Label(record.Status))}</span>" +
               $" <span class=\"docrunner-where\">{Html.Encode($"{record.Page}:{record.Line}")}</span>{subject} {Html.Encode(record.Message)}</div>";
    }

    static string Side(string label, string kind, IEnumerable<DiffPiece> lines, ChangeType changed, bool empty, IReadOnlySet<int>? tolerated = null)
    {
        var html = new StringBuilder($"<div class=\"docrunner-side {kind}\"><div class=\"docrunner-side-label\">{Html.Encode(label)}</div><pre class=\"docrunner-lines\">");
        if (empty) html.Append("<span class=\"docrunner-line is-empty\">(nothing)</span>");
        else
            foreach (var (line, index) in lines.Select((l, i) => (l, i)))
            {
                var state = line.Type switch
                {
                    ChangeType.Imaginary => " is-gap",
                    _ when tolerated?.Contains(index) == true => " is-tolerated\" title=\"within the output block's tolerance",
                    ChangeType.Modified or ChangeType.Deleted or ChangeType.Inserted => changed == ChangeType.Deleted ? " is-removed" : " is-added",
                    _ => "",
                };
                html.Append($"<span class=\"docrunner-line{state}\">{Html.Encode(line.Text ?? "")}</span>\n");
            }
        return html.Append("</pre></div>").ToString();
    }
}
