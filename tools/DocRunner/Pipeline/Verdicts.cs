using DocRunner.Comparing;
using DocRunner.Discovery;
using DocRunner.Reporting;
using DocRunner.Rewriting;
using DocRunner.Running;
using DocRunner.Running.Workers;

namespace DocRunner.Pipeline;

/// <summary>A page's records, and the edits that would bring its output blocks up to date.</summary>
public sealed record PageVerdict(IReadOnlyList<CheckRecord> Records, IReadOnlyList<PageEdit> Edits, bool HasFailures);

/// <summary>Judges every embed of a page against what its sample printed.</summary>
public static class Verdicts
{
    public static PageVerdict Judge(Page page, SampleSet samples, RunResults runs, bool updating)
    {
        var records = new List<CheckRecord>();
        var edits = new List<PageEdit>();
        foreach (var problem in page.Problems)
            records.Add(new(problem.File, problem.Line, "page", null, null, CheckStatus.Problem, problem.Message, []));

        foreach (var embed in page.Embeds.Where(e => e.IsRunnable))
        {
            var (record, edit) = JudgeEmbed(page, embed, samples, runs, updating);
            records.Add(record);
            if (edit is not null) edits.Add(edit);
            if (Timelines.TimelineJudge.Judge(page, embed, embed.SamplePath is { } path ? runs.For(path) : null, updating) is var (timeline, timelineEdit))
            {
                records.Add(timeline);
                if (timelineEdit is not null) edits.Add(timelineEdit);
            }
        }
        return new PageVerdict(records, edits, records.Any(r => r.Failed && r.Status != CheckStatus.MissingOutput && r.Status != CheckStatus.Drift));
    }

    static (CheckRecord, PageEdit?) JudgeEmbed(Page page, Embed embed, SampleSet samples, RunResults runs, bool updating)
    {
        CheckRecord Record(CheckStatus status, string message, IReadOnlyList<string>? details = null, SampleRun? run = null, int bytes = 0) =>
            new(page.RelativePath, embed.Line, "embed", embed.SamplePath, embed.Region, status, message, details ?? [],
                run?.WallMs ?? 0, bytes, run?.FromCache ?? false);

        if (embed.Broken is { } broken) return (Record(CheckStatus.BrokenEmbed, broken.Message), null);
        var source = samples.Sources[embed.SamplePath!];
        if (source.Problems.Count > 0) return (Record(CheckStatus.BrokenEmbed, "the sample's regions are malformed", source.Problems), null);
        if (embed.Region is { } name && source.FindRegion(name) is null)
            return (Record(CheckStatus.BrokenEmbed, $"{embed.SamplePath} has no region or tag named '{name}'"), null);

        var run = runs.For(embed.SamplePath!)!;
        if (run.Kind == OutcomeKind.Environment)
            return (new CheckRecord(page.RelativePath, embed.Line, Reporting.CheckRecord.Environment, embed.SamplePath, embed.Region,
                CheckStatus.Problem, run.Detail, [], run.WallMs), null);
        if (!run.Succeeded) return (Record(StatusOf(run.Kind), Describe(run), FailureDetails(run), run), null);

        var printed = embed.Region is { } region ? run.RegionOutputs.GetValueOrDefault(region, "") : run.Output;
        var actual = OutputText.Lines(printed);
        var bytes = System.Text.Encoding.UTF8.GetByteCount(string.Join("\n", actual));
        var outputOptional = embed.IsLineRange || (embed.Region is { } r && !run.RegionHasStatements.GetValueOrDefault(r, true));

        if (embed.Output is not { } block)
        {
            if (outputOptional) return (Record(CheckStatus.Passed, "declarations only: no output expected", run: run), null);
            if (!updating) return (Record(CheckStatus.MissingOutput, "no output block after this embed; run `update` to record one", run: run, bytes: bytes), null);
            var prefix = page.Text.LineWithoutBreak(embed.Line - 1) is var line ? line[..line.IndexOf("[!code", StringComparison.Ordinal)] : "";
            return (Record(CheckStatus.Updated, "output block inserted", run: run, bytes: bytes), OutputBlockWriter.Insert(page.Text, embed.Line, prefix, actual));
        }

        var modes = OutputModes.Parse(block.Info, out var modeProblems);
        if (modeProblems.Count > 0)
            return (new CheckRecord(page.RelativePath, block.OpeningLine, "embed", embed.SamplePath, embed.Region, CheckStatus.Problem,
                string.Join("; ", modeProblems), []), null);
        var expected = OutputText.PageLines(block.ContentLines);
        if (OutputComparer.Matches(expected, actual, modes)) return (Record(CheckStatus.Passed, "output matches", run: run, bytes: bytes), null);
        if (updating)
            return (Record(CheckStatus.Updated, "output block rewritten", run: run, bytes: bytes), OutputBlockWriter.Replace(page.Text, block, actual));
        string[] header = [$"--- {page.RelativePath}:{block.FirstContentLine} (page)", $"+++ {embed.SamplePath}{(embed.Region is null ? "" : "#" + embed.Region)} (printed now)"];
        return (new CheckRecord(page.RelativePath, block.FirstContentLine, "embed", embed.SamplePath, embed.Region, CheckStatus.Drift,
            "the output block differs from what the sample prints now", [.. header, .. Diff.Unified(expected, actual)], run.WallMs, bytes, run.FromCache), null);
    }

    static CheckStatus StatusOf(OutcomeKind kind) => kind switch
    {
        OutcomeKind.CompileError => CheckStatus.CompileError,
        OutcomeKind.Timeout => CheckStatus.Timeout,
        OutcomeKind.OutputLimit => CheckStatus.OutputLimit,
        OutcomeKind.Crashed => CheckStatus.Crashed,
        _ => CheckStatus.RuntimeError,
    };

    static string Describe(SampleRun run) => run.Kind switch
    {
        OutcomeKind.CompileError => $"{run.SamplePath} does not compile",
        OutcomeKind.Threw => $"{run.SamplePath} threw {FirstLine(run.Detail)}",
        OutcomeKind.Timeout => $"{run.SamplePath} timed out: it {run.Detail} and was stopped",
        OutcomeKind.OutputLimit => $"{run.SamplePath} {run.Detail} and was stopped",
        OutcomeKind.Crashed => $"{run.SamplePath} crashed: {FirstLine(run.Detail)}",
        _ => $"{run.SamplePath} {FirstLine(run.Detail)}",
    };

    static IReadOnlyList<string> FailureDetails(SampleRun run)
    {
        var lines = run.Kind switch
        {
            OutcomeKind.CompileError => run.Detail.Split('\n'),
            OutcomeKind.Threw => run.Detail.Split('\n').Where(l => !l.TrimStart().StartsWith("at ") || l.Contains(run.SamplePath)).Take(8),
            _ => run.Detail.Split('\n').Skip(1).Take(6),
        };
        var stderr = run.Stderr.Trim().Length == 0 ? [] : run.Stderr.Trim().Split('\n').Take(6).Select(l => "stderr: " + l);
        return [.. lines.Where(l => l.Trim().Length > 0).Select(Clip), .. stderr.Select(Clip)];
    }

    static string FirstLine(string text) => Clip(text.Split('\n')[0].Trim());

    /// <summary>A quoted line as the report shows it: a sample's flood (stderr, an exception message) stays a line.</summary>
    static string Clip(string line) => line.Length <= 500 ? line : $"{line[..500]}… ({line.Length:N0} characters)";
}
