using System.Text.RegularExpressions;
using DocRunner.Comparing;
using DocRunner.Discovery;
using DocRunner.Reporting;
using DocRunner.Rewriting;

namespace DocRunner.Sessions;

/// <summary>A session block as read and run: its transcript, its timeout, problems with its options, and the run.</summary>
public sealed record SessionCheck(SessionBlock Session, Transcript Transcript, TimeSpan Timeout, IReadOnlyList<string> OptionProblems, SessionRun? Run)
{
    public bool IsRunnable => OptionProblems.Count == 0 && Transcript.Problems.Count == 0;
}

/// <summary>
/// Judges a session against its page: every submission's displayed lines must be the ones the page shows (in the
/// normal form output blocks use). A difference fails <c>verify</c> at the first differing submission, with a diff
/// of the transcript; <c>update</c> rewrites the results that differ. A submission that does not compile fails
/// unless the page shows exactly those errors on purpose.
/// </summary>
public static partial class SessionVerdicts
{
    [GeneratedRegex(@"^\((?<line>\d+),(?<column>\d+)\): (?<rest>.*)$")]
    private static partial Regex DiagnosticLine();

    public static (IReadOnlyList<CheckRecord> Records, PageEdit? Edit) Judge(Page page, SessionCheck check, bool updating)
    {
        var block = check.Session.Block;
        var transcript = check.Transcript;
        CheckRecord Record(int line, CheckStatus status, string message, IReadOnlyList<string>? details = null, int bytes = 0) =>
            new(page.RelativePath, line, "session", null, null, status, message, details ?? [],
                check.Run?.WallMs ?? 0, bytes, check.Run?.FromCache ?? false);

        if (!check.IsRunnable)
            return ([.. check.OptionProblems.Select(p => Record(block.OpeningLine, CheckStatus.Problem, p)),
                .. transcript.Problems.Select(p => Record(p.PageLine, CheckStatus.Problem, p.Message))], null);
        var run = check.Run ?? throw new InvalidOperationException($"{page.RelativePath}:{block.OpeningLine}: the session was not run");

        if (!run.Succeeded)
        {
            var stopped = transcript.Submissions.ElementAtOrDefault(run.Results.Count);
            var where = stopped is null ? "the session" : $"the submission on line {stopped.PageLine}";
            var (status, message) = run.End switch
            {
                SessionEnd.Timeout => (CheckStatus.Timeout, $"the session timed out: {where} {run.Detail} and was stopped"),
                SessionEnd.OutputLimit => (CheckStatus.OutputLimit, $"{where} {run.Detail} and was stopped"),
                SessionEnd.Crashed => (CheckStatus.Crashed, $"the session crashed at {where}: {FirstLine(run.Detail)}"),
                _ => (CheckStatus.RuntimeError, $"the session could not run: {FirstLine(run.Detail)}"),
            };
            IReadOnlyList<string> details = stopped is null ? [] : [.. stopped.PromptLines.Select(l => "  " + l)];
            return ([Record(stopped?.PageLine ?? block.OpeningLine, status, message, details)], null);
        }

        var expected = transcript.Submissions.Select(s => OutputText.PageLines(s.Results)).ToList();
        var actual = run.Results.Select(r => OutputText.Lines(r.Display)).ToList();
        var bytes = actual.Sum(lines => System.Text.Encoding.UTF8.GetByteCount(string.Join("\n", lines)));
        var differing = transcript.Submissions.Where(s => !expected[s.Index].SequenceEqual(actual[s.Index])).ToList();
        if (differing.Count == 0) return ([Record(block.OpeningLine, CheckStatus.Passed, "session matches", bytes: bytes)], null);

        if (differing.FirstOrDefault(s => run.Results[s.Index].Kind == SubmissionKind.CompileError) is { } broken)
            return ([Record(broken.PageLine, CheckStatus.CompileError,
                "this submission does not compile (a page may show compiler errors on purpose: then its result lines are those errors)",
                [.. actual[broken.Index].Select(l => OnPage(page.RelativePath, broken, l))])], null);

        var first = differing[0];
        if (updating)
        {
            foreach (var submission in differing)
                if (TranscriptParser.Unrepresentable(actual[submission.Index]) is { } why)
                    return ([Record(submission.PageLine, CheckStatus.Problem, $"this submission's result cannot be written into the transcript: {why}")], null);
            var edit = SessionResultWriter.Rewrite(page.Text, block, transcript,
                differing.ToDictionary(s => s.Index, s => actual[s.Index]));
            var count = differing.Count == 1 ? "1 result" : $"{differing.Count} results";
            return ([Record(first.PageLine, CheckStatus.Updated, $"session: {count} rewritten", bytes: bytes)], edit);
        }

        var shown = transcript.Submissions.SelectMany(s => s.PromptLines.Concat(expected[s.Index])).ToList();
        var now = transcript.Submissions.SelectMany(s => s.PromptLines.Concat(actual[s.Index])).ToList();
        string[] header = [$"--- {page.RelativePath}:{first.PageLine} (page)", "+++ csharp-interactive session (displayed now)"];
        var what = differing.Count == 1 ? "a submission displays" : $"{differing.Count} submissions display";
        return ([Record(first.PageLine, CheckStatus.Drift, $"{what} something else now than the page shows",
            [.. header, .. Diff.Unified(shown, now)], bytes)], null);
    }

    /// <summary>A compiler error <c>(line,column): …</c> of a submission, placed at the page's own line and column.</summary>
    static string OnPage(string pagePath, Submission submission, string line)
    {
        var match = DiagnosticLine().Match(line);
        if (!match.Success) return line;
        var pageLine = submission.PageLine + int.Parse(match.Groups["line"].Value) - 1;
        var column = int.Parse(match.Groups["column"].Value) + 2;
        return $"{pagePath}({pageLine},{column}): {match.Groups["rest"].Value}";
    }

    static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
