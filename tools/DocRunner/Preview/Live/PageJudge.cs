using DocRunner.Comparing;
using DocRunner.Discovery;
using DocRunner.Pipeline;
using DocRunner.Reporting;
using DocRunner.Rewriting;
using DocRunner.Running;
using DocRunner.Sessions;

namespace DocRunner.Preview.Live;

/// <summary>The results a page's checks can use: finished sample runs, session runs and inline verdicts, by path or block.</summary>
public sealed class FinishedWork
{
    public Dictionary<string, SampleRun> Samples { get; } = new(StringComparer.Ordinal);
    /// <summary>By the session block's opening line.</summary>
    public Dictionary<int, SessionRun> Sessions { get; } = [];
    /// <summary>The page's inline C# verdicts, once its inline blocks have been compiled.</summary>
    public IReadOnlyList<CheckRecord>? Inline { get; set; }
}

/// <summary>A page's checks as far as the finished work allows, and the verdict for <c>--update</c> once all is known.</summary>
public sealed record PageJudgement(PageChecks Checks, PageVerdict Verdict, bool Complete);

/// <summary>
/// Judges one page with the engine's own verdicts (the same ones <c>verify</c> and <c>update</c> give), embed by embed,
/// so that embeds whose sample has run show their verdict while the others still show that they are running.
/// </summary>
public static class PageJudge
{
    public static PageJudgement Judge(Page page, SampleSet samples, FinishedWork work, bool updating, TimeSpan defaultTimeout)
    {
        var checks = new PageChecks();
        var records = new List<CheckRecord>();
        var edits = new List<PageEdit>();
        var complete = true;
        var failed = page.Problems.Count > 0;
        foreach (var problem in page.Problems)
            checks.Loose.Add(new(problem.File, problem.Line, "page", null, null, CheckStatus.Problem, problem.Message, []));

        foreach (var embed in page.Embeds.Where(e => e.IsRunnable))
        {
            if (embed.Output is { } output) checks.OutputOwners[output.OpeningLine] = embed.Line;
            var run = embed.SamplePath is { } path ? work.Samples.GetValueOrDefault(path) : null;
            if (run is null && NeedsRun(embed, samples))
            {
                checks.Embeds[embed.Line] = EmbedCheck.RunningFor(embed.SamplePath!);
                complete = false;
                continue;
            }
            var single = new Page { RelativePath = page.RelativePath, FullPath = page.FullPath, Text = page.Text };
            single.Embeds.Add(embed);
            var runs = new RunResults(run is null ? [] : new Dictionary<string, SampleRun> { [run.SamplePath] = run });
            var verdict = Verdicts.Judge(single, samples, runs, updating);
            records.AddRange(verdict.Records);
            edits.AddRange(verdict.Edits);
            failed |= verdict.HasFailures;
            var record = verdict.Records.FirstOrDefault(r => r.Failed) ?? verdict.Records.FirstOrDefault();
            checks.Embeds[embed.Line] = new EmbedCheck(false, record,
                embed.Output is { } block ? OutputText.PageLines(block.ContentLines) : null,
                run is { Succeeded: true } ? OutputText.Lines(embed.Region is { } region ? run.RegionOutputs.GetValueOrDefault(region, "") : run.Output) : null,
                embed.SamplePath, embed.Output?.Info ?? "output");
        }

        foreach (var session in page.Sessions)
        {
            var timeout = SessionInfo.Timeout(session.Block.Info, out var problems) ?? defaultTimeout;
            var check = new SessionCheck(session, TranscriptParser.Parse(session.Block), timeout, problems, work.Sessions.GetValueOrDefault(session.Block.OpeningLine));
            if (check.IsRunnable && check.Run is null)
            {
                checks.Blocks[session.Block.OpeningLine] = BlockCheck.Pending;
                complete = false;
                continue;
            }
            var verdict = new SessionResults([check], TimeSpan.Zero).Judge(page, updating);
            records.AddRange(verdict.Records);
            edits.AddRange(verdict.Edits);
            failed |= verdict.HasFailures;
            checks.Blocks[session.Block.OpeningLine] = new BlockCheck(false, verdict.Records.FirstOrDefault(r => r.Failed) ?? verdict.Records.FirstOrDefault());
        }

        foreach (var block in page.InlineCode.Where(b => !b.IsFragment))
        {
            var opening = block.FirstLine - 1;
            if (work.Inline is null) { checks.Blocks[opening] = BlockCheck.Pending; complete = false; continue; }
            if (work.Inline.FirstOrDefault(r => r.Line == opening) is { } record)
            {
                checks.Blocks[opening] = new BlockCheck(false, record);
                records.Add(record);
            }
        }
        return new PageJudgement(checks, new PageVerdict(records, edits, failed), complete);
    }

    /// <summary>An embed needs its sample's run unless its verdict is already known without one (a broken embed or region).</summary>
    public static bool NeedsRun(Embed embed, SampleSet samples) =>
        embed.Broken is null && embed.SamplePath is { } path
        && samples.Sources.TryGetValue(path, out var source) && source.Problems.Count == 0
        && (embed.Region is not { } region || source.FindRegion(region) is not null);
}
