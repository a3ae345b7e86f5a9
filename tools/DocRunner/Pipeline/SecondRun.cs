using DocRunner.Comparing;
using DocRunner.Discovery;
using DocRunner.Running;
using DocRunner.Running.Workers;

namespace DocRunner.Pipeline;

/// <summary>
/// When in doubt, run the sample again. A sample whose output disagrees with its page, or that timed out, runs once
/// more without the cache, with only the other doubtful samples beside it: all the guide's samples start at once, and
/// on a busy machine that can delay a timer past the margin a sample allows. A cached result that disagrees is never
/// trusted either; it is run for real. The second run is the one judged, and the report names every sample whose two
/// runs differed, so a flaky sample stays visible.
/// </summary>
public static class SecondRun
{
    public static async Task<(RunResults Runs, IReadOnlyList<string> RanAgain)> ConfirmAsync(
        string root, IReadOnlyList<Page> pages, SampleSet samples, RunResults runs, ResultCache cache, string scratch)
    {
        var doubtful = runs.All.Where(r => r.Kind == OutcomeKind.Timeout || (r.Succeeded && !AgreesWithPages(pages, r)))
            .Select(r => r.SamplePath).Order(StringComparer.Ordinal).ToList();
        if (doubtful.Count == 0) return (runs, []);

        var all = runs.All.ToDictionary(r => r.SamplePath, StringComparer.Ordinal);
        var again = new List<string>();
        await using var pool = new WorkerPool(scratch);
        var runner = new SampleRunner(root, cache, pool, scratch);
        // The few doubtful samples run together: far fewer than the crowd of the first pass, and a hanging one costs
        // its time limit once, not once per sample after it.
        var seconds = await Task.WhenAll(doubtful.Select(path => runner.RunAsync(samples.Sources[path], samples.Timeouts[path], readCache: false)));
        foreach (var second in seconds)
        {
            var first = all[second.SamplePath];
            all[second.SamplePath] = second;
            if (!first.FromCache && (second.Kind != first.Kind || second.Output != first.Output)) again.Add(second.SamplePath);
        }
        return (new RunResults(all), again);
    }

    /// <summary>Whether the run's output matches every output block that shows it, with each block's own modes, and its timeline every timeline block.</summary>
    public static bool AgreesWithPages(IReadOnlyList<Page> pages, SampleRun run)
    {
        foreach (var embed in pages.SelectMany(p => p.Embeds).Where(e => e.SamplePath == run.SamplePath && e.Timeline is not null))
            if (!Timelines.TimelineJudge.Agrees(embed, run)) return false;
        foreach (var embed in pages.SelectMany(p => p.Embeds).Where(e => e.SamplePath == run.SamplePath && e.Output is not null))
        {
            var modes = OutputModes.Parse(embed.Output!.Info, out var problems);
            if (problems.Count > 0) continue;
            var printed = embed.Region is { } region ? run.RegionOutputs.GetValueOrDefault(region, "") : run.Output;
            if (!OutputComparer.Matches(OutputText.PageLines(embed.Output.ContentLines), OutputText.Lines(printed), modes)) return false;
        }
        return true;
    }
}
