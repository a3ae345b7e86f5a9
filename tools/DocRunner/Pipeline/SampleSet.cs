using DocRunner.Comparing;
using DocRunner.Discovery;
using DocRunner.Running;
using DocRunner.Samples;

namespace DocRunner.Pipeline;

/// <summary>The distinct samples the pages embed, each loaded once with the longest timeout any of its blocks asks for.</summary>
public sealed class SampleSet
{
    public Dictionary<string, SampleSource> Sources { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, TimeSpan> Timeouts { get; } = new(StringComparer.Ordinal);

    public static SampleSet From(string root, IEnumerable<Page> pages, TimeSpan defaultTimeout)
    {
        var set = new SampleSet();
        foreach (var embed in pages.SelectMany(p => p.Embeds).Where(e => e.IsRunnable && e.SamplePath is not null))
        {
            var path = embed.SamplePath!;
            if (!set.Sources.ContainsKey(path)) set.Sources[path] = SampleSource.Load(root, path);
            var timeout = embed.Output is { } block ? OutputModes.Parse(block.Info, out _).Timeout ?? defaultTimeout : defaultTimeout;
            set.Timeouts[path] = set.Timeouts.TryGetValue(path, out var known) && known > timeout ? known : timeout;
        }
        return set;
    }

    public async Task<RunResults> RunAllAsync(SampleRunner runner, Reporting.RunProgress? progress = null)
    {
        var runnable = Sources.Values.Where(s => s.Problems.Count == 0).ToList();
        progress?.Phase("running samples", runnable.Count);
        var runs = await Task.WhenAll(runnable.Select(async s =>
        {
            var run = await runner.RunAsync(s, Timeouts[s.RelativePath]);
            progress?.Done(s.RelativePath);
            return run;
        }));
        return new RunResults(runs.ToDictionary(r => r.SamplePath, StringComparer.Ordinal));
    }
}

public sealed class RunResults(Dictionary<string, SampleRun> bySample)
{
    public IEnumerable<SampleRun> All => bySample.Values;
    public SampleRun? For(string samplePath) => bySample.GetValueOrDefault(samplePath);
}
