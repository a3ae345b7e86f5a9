using System.Diagnostics;
using DocRunner.Checks;
using DocRunner.Discovery;
using DocRunner.Reporting;
using DocRunner.Running;
using DocRunner.Running.Compilation;
using DocRunner.Running.Workers;
using DocRunner.Sessions;

namespace DocRunner.Pipeline;

/// <summary>
/// The whole run on one screen: find the pages and what they embed, run the samples, judge each embed
/// against its output block (and rewrite the blocks when updating), then hand the records to a reporter.
/// </summary>
public static class GuideRun
{
    public static async Task<RunReport> ExecuteAsync(RunOptions options)
    {
        var clock = Stopwatch.StartNew();
        SampleCompiler.WarmUpInBackground();
        var root = Path.GetFullPath(options.Root);
        Sandbox.Protect(root);

        // 1. Find
        var project = DocfxProject.Load(root);
        var pages = PageLoader.Load(project, options.Filters);
        var samples = SampleSet.From(root, pages, options.DefaultTimeout);
        var found = clock.ElapsedMilliseconds;

        // 2. Run (and, for --portability, run again under another culture, time zone and processor count)
        var scratch = Directory.CreateTempSubdirectory("docrunner-").FullName;
        var cache = new ResultCache(root, options.UseCache);
        RunResults runs;
        IReadOnlyList<CheckRecord> inline;
        var runningSessions = Task.Run(() => Timed(() => SessionStage.RunAsync(pages, cache, scratch, options.DefaultTimeout)));
        long samplesMs, inlineMs;
        await using (var pool = new WorkerPool(scratch))
        {
            var runner = new SampleRunner(root, cache, pool, scratch);
            var running = Timed(() => samples.RunAllAsync(runner, options.Progress));
            (inline, inlineMs) = await Task.Run(() => Timed(() => Task.FromResult(InlineCodeChecker.Check(pages, cache))));
            (runs, samplesMs) = await running;
        }
        var (sessions, sessionsMs) = await runningSessions;
        options.Progress?.Phase("running again, alone, each sample that disagreed with its page");
        var ((confirmed, ranAgain), secondMs) = await Timed(() => SecondRun.ConfirmAsync(root, pages, samples, runs, cache, scratch));
        runs = confirmed;
        try { Directory.Delete(scratch, recursive: true); } catch (IOException) { }
        if (options.Portability) options.Progress?.Phase("running the samples again under another culture, time zone and processor count");
        var (portability, portabilityMs) = options.Portability
            ? await Timed(() => Portability.CheckAsync(root, pages, samples, runs)) : ([], 0);
        var judging = clock.ElapsedMilliseconds;
        options.Progress?.Phase("comparing outputs and checking links");

        // 3. Judge, and rewrite when updating
        var records = new List<CheckRecord>();
        foreach (var page in pages)
        {
            var verdict = Verdicts.Judge(page, samples, runs, options.Update).Join(sessions.Judge(page, options.Update));
            records.AddRange(verdict.Records);
            if (options.Update) records.AddRange(PageUpdater.Apply(page, verdict));
        }
        records.AddRange(portability);
        records.AddRange(inline);
        records.AddRange(SiteChecks.Run(project, pages, options.Filters.Count == 0));
        records.AddRange(PlaceholderCheck.Run(pages));

        var cpu = ProcessCpu.SelfAndEndedChildren();
        StageTime[] stages = [new("reading pages", found), new("samples", samplesMs, Overlaps: true), new("sessions", sessionsMs, Overlaps: true),
            new("inline code", inlineMs, Overlaps: true), new("second runs", secondMs), new("judging and site checks", clock.ElapsedMilliseconds - judging),
            .. (options.Portability ? [new StageTime("portability (all samples again, other culture, time zone and cores)", portabilityMs)] : Array.Empty<StageTime>())];
        return new RunReport(records, clock.ElapsedMilliseconds, cpu.TotalSeconds,
            runs.All.Count(r => !r.FromCache), runs.All.Count(r => r.FromCache), Sandbox.Note, cache.Warning, stages, ranAgain);
    }

    static async Task<(T Result, long Ms)> Timed<T>(Func<Task<T>> work)
    {
        var clock = Stopwatch.StartNew();
        var result = await work();
        return (result, clock.ElapsedMilliseconds);
    }
}
