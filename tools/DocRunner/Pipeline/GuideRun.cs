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

        // 1. Find
        var project = DocfxProject.Load(root);
        var pages = PageLoader.Load(project, options.Filters);
        var samples = SampleSet.From(root, pages, options.DefaultTimeout);

        // 2. Run (and, for --portability, run again under another culture, time zone and processor count)
        var scratch = Directory.CreateTempSubdirectory("docrunner-").FullName;
        var cache = new ResultCache(root, options.UseCache);
        RunResults runs;
        IReadOnlyList<CheckRecord> inline;
        var runningSessions = Task.Run(() => SessionStage.RunAsync(pages, cache, scratch, options.DefaultTimeout));
        await using (var pool = new WorkerPool(scratch))
        {
            var runner = new SampleRunner(root, cache, pool, scratch);
            var running = samples.RunAllAsync(runner);
            inline = await Task.Run(() => InlineCodeChecker.Check(pages, cache));
            runs = await running;
        }
        var sessions = await runningSessions;
        try { Directory.Delete(scratch, recursive: true); } catch (IOException) { }
        var portability = options.Portability ? await Portability.CheckAsync(root, pages, samples, runs) : [];

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

        var cpu = ProcessCpu.SelfAndEndedChildren();
        return new RunReport(records, clock.ElapsedMilliseconds, cpu.TotalSeconds,
            runs.All.Count(r => !r.FromCache), runs.All.Count(r => r.FromCache), NetworkSandbox.IsAvailable ? null :
            "note: samples ran without a network sandbox (unshare is not available here)");
    }
}
