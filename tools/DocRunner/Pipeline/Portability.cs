using DocRunner.Comparing;
using DocRunner.Discovery;
using DocRunner.Reporting;
using DocRunner.Running;
using DocRunner.Running.Workers;
using DocRunner.Samples;

namespace DocRunner.Pipeline;

/// <summary>
/// The portability proof (<c>verify --portability</c>): every sample that ran under the baseline runs again under
/// another culture, time zone and processor count, with no cache. A sample whose output then no longer matches its
/// page (judged as <c>verify</c> judges it) fails;
/// it is run once more under each change alone, and once more under the baseline, to name what it depends on.
/// </summary>
public static class Portability
{
    public static async Task<IReadOnlyList<CheckRecord>> CheckAsync(string root, IReadOnlyList<Page> pages, SampleSet samples, RunResults baseline)
    {
        var elsewhere = SampleConditions.Elsewhere(turkish: NextIsTurkish(root));
        // A sample that already fails under the baseline is reported by verify's own judging, not twice.
        var candidates = baseline.All.Where(r => r.Succeeded && AgreesWithPages(pages, r.SamplePath, r, r))
            .Select(r => samples.Sources[r.SamplePath]).ToList();
        var moved = await RunUnderAsync(root, samples, candidates, elsewhere);
        var records = new List<CheckRecord>();
        foreach (var sample in candidates)
        {
            var before = baseline.For(sample.RelativePath)!;
            var after = moved[sample.RelativePath];
            if (after.Succeeded && AgreesWithPages(pages, sample.RelativePath, before, after)) continue;
            // When in doubt, run it again, alone: the pass started every sample at once, as verify does.
            after = (await RunUnderAsync(root, samples, [sample], elsewhere))[sample.RelativePath];
            if (after.Succeeded && AgreesWithPages(pages, sample.RelativePath, before, after)) continue;
            var causes = await CausesAsync(root, pages, samples, sample, before, elsewhere);
            records.Add(Record(pages, sample.RelativePath, before, after, elsewhere, causes));
        }
        return records;
    }

    /// <summary>The single changes under which the sample's output differs from the baseline's, named for the reader.</summary>
    static async Task<List<string>> CausesAsync(string root, IReadOnlyList<Page> pages, SampleSet samples, SampleSource sample, SampleRun before, SampleConditions elsewhere)
    {
        var baseline = SampleConditions.Baseline;
        (string Name, SampleConditions Conditions)[] trials =
        [
            ($"the culture ({elsewhere.Culture})", baseline with { Culture = elsewhere.Culture }),
            ($"the time zone ({elsewhere.TimeZone})", baseline with { TimeZone = elsewhere.TimeZone }),
            ($"the processor count ({elsewhere.ProcessorCount})", baseline with { ProcessorCount = elsewhere.ProcessorCount }),
            ("nothing: it prints differently from run to run under the baseline too", baseline),
        ];
        var causes = new List<string>();
        foreach (var (name, conditions) in trials)
        {
            var run = (await RunUnderAsync(root, samples, [sample], conditions))[sample.RelativePath];
            if (!run.Succeeded || !AgreesWithPages(pages, sample.RelativePath, before, run)) causes.Add(name);
        }
        return causes.Count > 0 ? causes : ["the three changes together (none alone changes its output)"];
    }

    static async Task<Dictionary<string, SampleRun>> RunUnderAsync(string root, SampleSet samples, IReadOnlyList<SampleSource> which, SampleConditions conditions)
    {
        SampleConditions.Current = conditions;
        var scratch = Directory.CreateTempSubdirectory("docrunner-portability-").FullName;
        try
        {
            await using var pool = new WorkerPool(scratch);
            // A cache of its own in the scratch folder: runs under these conditions never reach the real one.
            var runner = new SampleRunner(root, new ResultCache(scratch, enabled: false), pool, scratch);
            var runs = await Task.WhenAll(which.Select(s => runner.RunAsync(s, samples.Timeouts[s.RelativePath])));
            return runs.ToDictionary(r => r.SamplePath, StringComparer.Ordinal);
        }
        finally
        {
            SampleConditions.Current = SampleConditions.Baseline;
            try { Directory.Delete(scratch, recursive: true); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }

    /// <summary>
    /// Whether the run under other conditions would pass where the baseline's run is judged: against every output
    /// block of the sample's embeds, with each block's own modes. Where no block holds the output, the two runs must
    /// print the same.
    /// </summary>
    static bool AgreesWithPages(IReadOnlyList<Page> pages, string samplePath, SampleRun baseline, SampleRun run) =>
        pages.SelectMany(p => p.Embeds).Any(e => e.SamplePath == samplePath && e.Output is not null)
            ? SecondRun.AgreesWithPages(pages, run)
            : OutputText.Lines(run.Output).SequenceEqual(OutputText.Lines(baseline.Output));

    static CheckRecord Record(IReadOnlyList<Page> pages, string samplePath, SampleRun before, SampleRun after, SampleConditions elsewhere, List<string> causes)
    {
        var (page, line) = FirstEmbed(pages, samplePath);
        var message = $"{samplePath} prints differently with {elsewhere}; it depends on {string.Join(" and ", causes)}";
        IReadOnlyList<string> details = after.Succeeded
            ? [$"--- {samplePath} ({SampleConditions.Baseline})", $"+++ {samplePath} ({elsewhere})",
               .. Diff.Unified(OutputText.Lines(before.Output), OutputText.Lines(after.Output))]
            : [$"with {elsewhere} it ended as {after.Kind}: {after.Detail.Split('\n')[0]}"];
        return new CheckRecord(page, line, "portability", samplePath, null, CheckStatus.Drift, message, details, after.WallMs);
    }

    static (string Page, int Line) FirstEmbed(IReadOnlyList<Page> pages, string samplePath) =>
        pages.SelectMany(p => p.Embeds.Where(e => e.SamplePath == samplePath).Select(e => (p.RelativePath, e.Line))).First();

    /// <summary>de-DE and tr-TR on alternate runs in this checkout (remembered beside the result cache).</summary>
    static bool NextIsTurkish(string root)
    {
        var memory = Path.Combine(root, "obj", "docrunner", "portability-last-culture");
        try
        {
            var turkish = File.Exists(memory) && File.ReadAllText(memory).Trim() == "de-DE";
            Directory.CreateDirectory(Path.GetDirectoryName(memory)!);
            File.WriteAllText(memory, turkish ? "tr-TR" : "de-DE");
            return turkish;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }
}
