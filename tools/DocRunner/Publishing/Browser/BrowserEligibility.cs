using DocRunner.Comparing;
using DocRunner.Discovery;
using DocRunner.Samples;

namespace DocRunner.Publishing.Browser;

/// <summary>What one sample printed when it ran in the browser runtime (tools/browser-test/runner-check.mjs).</summary>
public sealed record BrowserOutput(string Sample, string Stdout, string Stderr, int? Code, string? Failure);

/// <summary>What the site shows for one embed: a Run button, or the one-line reason why not (null: nothing).</summary>
public sealed record BlockLabel(string Sample, string? Region, bool Run, string? Reason);

/// <summary>
/// Decides which embeds get a Run button: only those whose sample printed, in the real browser runtime, what the
/// page shows as its verified output. Every other embed with an output block gets one short reason.
/// </summary>
public static class BrowserEligibility
{
    /// <summary>Why a sample is not even tried in the browser, or null when it is.</summary>
    public static string? ReasonNotToTry(SampleSource sample) =>
        sample.UsesWebSdk ? "starts a web server"
        : sample.NeedsDotnetRun is { } directive ? (directive.StartsWith("#:package") ? "uses packages" : $"needs {directive}")
        : sample.Problems.Count > 0 ? "its regions are malformed"
        : null;

    public static BlockLabel Judge(Embed embed, string? reasonNotTried, string? isolationReason, BrowserOutput? output)
    {
        BlockLabel No(string reason) => new(embed.SamplePath!, embed.Region, false, reason);
        if (embed.Output is not { } block) return new(embed.SamplePath!, embed.Region, false, null);
        if (reasonNotTried is not null) return No(reasonNotTried);
        if (output is null) return No("was not run in a browser in this build");
        var category = Category(isolationReason, output.Stderr);
        if (output.Failure is not null) return No(category ?? output.Failure);

        var (whole, regions) = RegionMarkers.Split(output.Stdout);
        var printed = embed.Region is { } region ? regions.GetValueOrDefault(region, "") : whole;
        var modes = OutputModes.Parse(block.Info, out _);
        return OutputComparer.Matches(OutputText.PageLines(block.ContentLines), OutputText.Lines(printed), modes)
            ? new(embed.SamplePath!, embed.Region, true, null)
            : No(category ?? "prints different output in the browser");
    }

    /// <summary>
    /// The kind of reason, from what DocRunner's isolation check found in the code ("uses Thread.Sleep") and what
    /// the browser runtime said; null when neither explains a difference.
    /// </summary>
    public static string? Category(string? isolationReason, string stderr)
    {
        if (isolationReason is { } found)
        {
            var what = found.StartsWith("uses ") ? found[5..] : found;
            var type = what.Split('.')[0];
            if (what is "Thread.new" || type is "Parallel" or "ParallelEnumerable" or "ThreadPool") return $"needs threads ({what})";
            if (type is "File" or "Directory" or "FileInfo" or "DirectoryInfo" or "FileStream" or "RandomAccess" or "FileSystemWatcher"
                or "StreamReader" or "StreamWriter") return $"uses the file system ({what})";
            if (type is "Process") return "starts a process";
            if (what.EndsWith(".Sleep") || what.EndsWith(".Join") || what.EndsWith(".SpinWait") || what.Contains("Wait")
                || what.EndsWith(".Result") || what.EndsWith(".GetResult") || what.EndsWith(".RunSynchronously")
                || type is "BlockingCollection") return $"blocks a thread ({what})";
        }
        if (stderr.Contains("Cannot wait on monitors") || stderr.Contains("Cannot start threads")) return "blocks a thread";
        if (stderr.Contains("PlatformNotSupportedException")) return "uses an API the browser does not support";
        return null;
    }
}
