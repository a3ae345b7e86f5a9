using DocRunner.Running.Compilation;
using DocRunner.Running.Workers;
using DocRunner.Samples;

namespace DocRunner.Running;

/// <summary>
/// Runs each sample once, however many embeds show it: from the cache when nothing that matters changed,
/// otherwise compiled in this process and run in a worker (or with <c>dotnet run</c> for package directives).
/// </summary>
public sealed class SampleRunner(string root, ResultCache cache, WorkerPool pool, string scratchRoot)
{
    readonly SemaphoreSlim compiling = new(Environment.ProcessorCount);
    readonly DotnetRunner dotnetRun = new(root, scratchRoot);

    public async Task<SampleRun> RunAsync(SampleSource sample, TimeSpan timeout, bool readCache = true)
    {
        var before = SampleInputs.Of(root, sample, timeout);
        if (readCache && before is not null && cache.Get<SampleRun>(before.Key) is { } cached) return cached with { FromCache = true };

        SampleRun run;
        if (sample.NeedsDotnetRun is not null || BuildFiles.WhyDotnetRun(sample.FullPath) is not null)
        {
            try
            {
                var (outcome, regions) = await dotnetRun.RunAsync(sample, timeout);
                run = ToRun(sample, outcome, regions);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The copy dotnet run builds from lives under obj/ in the checkout: the machine refused to write it.
                return new SampleRun(sample.RelativePath, OutcomeKind.Environment, "", Empty, new Dictionary<string, bool>(),
                    $"DocRunner could not prepare the sample for dotnet run: {e.Message}", "", 0, "dotnet run", false);
            }
        }
        else
        {
            pool.Prepare();
            await compiling.WaitAsync();
            CompileResult compiled;
            try { compiled = await Task.Run(() => SampleCompiler.Compile(sample)); }
            finally { compiling.Release(); }
            if (compiled.Sample is null)
                return new SampleRun(sample.RelativePath, OutcomeKind.CompileError, "", Empty, new Dictionary<string, bool>(),
                    string.Join("\n", compiled.Errors), "", 0, "compiler", false);
            var outcome = await pool.RunAsync(compiled.Sample, timeout);
            run = ToRun(sample, outcome, compiled.Sample.RegionHasStatements);
        }
        // Stored under the inputs as they are now (the restore may have resolved packages), and only if nothing the
        // run could have read changed while it ran.
        if (run.Succeeded && before is not null && SampleInputs.Of(root, sample, timeout) is { } after && after.Build == before.Build)
            cache.Put(after.Key, run);
        return run;
    }

    static readonly Dictionary<string, string> Empty = [];

    static SampleRun ToRun(SampleSource sample, RunOutcome outcome, IReadOnlyDictionary<string, bool> regions)
    {
        var (whole, regionOutputs) = RegionMarkers.Split(outcome.Stdout);
        return new SampleRun(sample.RelativePath, outcome.Kind, whole, regionOutputs, regions, outcome.Detail,
            outcome.Stderr, outcome.WallMs, outcome.Where, false, outcome.Spans is { } spans ? Timelines.SpanLog.FromWire(spans) : null);
    }
}
