using System.Diagnostics;
using System.Text.Json;
using DocRunner.Comparing;
using DocRunner.Discovery;
using DocRunner.Running.Compilation;
using DocRunner.Samples;

namespace DocRunner.Publishing.Browser;

/// <summary>
/// Puts the in-browser runner into the built site: publishes tools/BrowserRunner into _site/runner/, compiles every
/// embedded sample into _site/runner/samples/ (so an unedited sample runs without Roslyn), runs each one in the
/// real browser runtime in headless Chromium (tools/browser-test/runner-check.mjs), and writes
/// _site/runner/manifest.json: per page, per embed, Run or the reason why not (and runner/pages/PAGE.json, the part
/// one page reads).
/// </summary>
public static class BrowserRunnerSite
{
    public sealed record Result(bool Built, string Message);

    static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };
    static readonly JsonSerializerOptions Compact = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
    /// <summary>A sample's time limit on the page when its output block names none (as `verify` allows).</summary>
    static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);
    /// <summary>
    /// The build's own limit for a sample without a timeout option: samples end within 5 s (CONTRIBUTING.md), and
    /// one that spins forever on the browser's single thread should not cost the build the full 30 s.
    /// </summary>
    static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(15);
    /// <summary>Added to a sample's time limit in the browser: a fresh worker first starts the runtime.</summary>
    static readonly TimeSpan StartAllowance = TimeSpan.FromSeconds(10);

    public static async Task<Result> BuildAsync(string root)
    {
        var clock = Stopwatch.StartNew();
        var runnerDir = Path.Combine(root, "_site", "runner");
        var work = Path.Combine(root, "obj", "browser-runner");
        Directory.CreateDirectory(work);

        var publish = await Processes.RunAsync(root, "dotnet", "publish", "tools/BrowserRunner", "-c", "Release",
            "-o", Path.Combine(work, "publish"), "-nologo", "-v:q", "-clp:ErrorsOnly");
        if (publish.Code != 0) return new(false, "error: the browser runner (tools/BrowserRunner) did not publish:\n" + publish.Output.Trim());
        CopyPublished(Path.Combine(work, "publish", "wwwroot"), runnerDir);
        if (await CopyDecoderAsync(root, runnerDir) is { } problem) return new(false, "error: " + problem);

        var pages = PageLoader.Load(DocfxProject.Load(root), []);
        var samples = PrepareSamples(root, runnerDir, pages);
        var plan = samples.Values.Where(s => s.NotTried is null && s.Assembly is not null)
            .Select(s => new PlanItem(s.Source.RelativePath, s.Assembly!,
                (int)((s.Timeout == DefaultTimeout ? CheckTimeout : s.Timeout) + StartAllowance).TotalMilliseconds))
            .ToList();

        var check = await CheckInBrowserAsync(root, work, plan, parallel: 2);
        if (check.Outputs is not null)
        {
            // A sample that differed while others ran beside it is tried once more alone, in a fresh runtime: its
            // label must not depend on how busy the machine was or on what the sample before it left behind.
            // One that ran out of time is not: its time limit was already generous.
            var retry = plan.Where(p => !AllMatch(pages, p.Sample, samples, check.Outputs)
                && check.Outputs.GetValueOrDefault(p.Sample)?.Failure?.StartsWith("did not finish") != true).ToList();
            if (retry.Count > 0 && await CheckInBrowserAsync(root, work, retry, parallel: 1, fresh: true) is { Outputs: { } again })
                foreach (var (sample, output) in again) check.Outputs[sample] = output;
        }

        var labels = pages.ToDictionary(
            p => Path.ChangeExtension(p.RelativePath, ".html").Replace('\\', '/'),
            p => p.Embeds.Select(e => Label(e, samples, check)).ToList());
        var manifest = new Manifest(check.Browser,
            samples.Values.Where(s => s.Assembly is not null).ToDictionary(s => s.Source.RelativePath,
                s => new ManifestSample(s.Assembly!, s.Source.RelativePath, (int)s.Timeout.TotalMilliseconds)),
            labels);
        await File.WriteAllTextAsync(Path.Combine(runnerDir, "manifest.json"), JsonSerializer.Serialize(manifest, Json));
        // What one page fetches when it opens: its own embeds' labels and the samples they run, a few kilobytes.
        foreach (var (page, pageLabels) in labels)
        {
            var used = pageLabels.Where(l => l.Run).Select(l => l.Sample).Distinct().ToDictionary(s => s, s => manifest.Samples[s]);
            Write(Path.Combine(runnerDir, "pages", Path.ChangeExtension(page, ".json")),
                JsonSerializer.SerializeToUtf8Bytes(new PageManifest(used, pageLabels), Compact));
        }

        var blocks = labels.Values.SelectMany(l => l).Where(l => l.Run || l.Reason is not null).ToList();
        var runnable = blocks.Where(b => b.Run).ToList();
        var runnableSamples = runnable.Select(b => b.Sample).Distinct().Count();
        var message = $"browser runner: {runnable.Count} of {blocks.Count} embeds with output ({runnableSamples} of " +
            $"{blocks.Select(b => b.Sample).Distinct().Count()} samples) run in the browser, checked in {check.Browser}; " +
            $"_site/runner/ in {clock.Elapsed.TotalSeconds:0} s";
        return check.Outputs is null ? new(true, $"warning: {check.Problem}; no sample gets a Run button.\n" + message) : new(true, message);
    }

    sealed record PreparedSample(SampleSource Source, string? Assembly, string? NotTried, string? IsolationReason, TimeSpan Timeout);
    sealed record PlanItem(string Sample, string Assembly, int TimeoutMs);
    sealed record CheckOutcome(string Browser, Dictionary<string, BrowserOutput>? Outputs, string? Problem);
    sealed record Manifest(string Browser, Dictionary<string, ManifestSample> Samples, Dictionary<string, List<BlockLabel>> Pages);
    sealed record ManifestSample(string Assembly, string Source, int TimeoutMs);
    sealed record PageManifest(Dictionary<string, ManifestSample> Samples, List<BlockLabel> Labels);

    static BlockLabel Label(Embed embed, Dictionary<string, PreparedSample> samples, CheckOutcome check)
    {
        if (embed.SamplePath is null || !samples.TryGetValue(embed.SamplePath, out var sample))
            return new(embed.SamplePath ?? "", embed.Region, false, null);
        if (check.Outputs is null && sample.NotTried is null && embed.Output is not null)
            return new(embed.SamplePath, embed.Region, false, "was not run in a browser in this build");
        return BrowserEligibility.Judge(embed, sample.NotTried, sample.IsolationReason, check.Outputs?.GetValueOrDefault(embed.SamplePath));
    }

    static bool AllMatch(IReadOnlyList<Page> pages, string sample, Dictionary<string, PreparedSample> samples, Dictionary<string, BrowserOutput> outputs) =>
        pages.SelectMany(p => p.Embeds).Where(e => e.SamplePath == sample && e.Output is not null)
            .All(e => BrowserEligibility.Judge(e, null, samples[sample].IsolationReason, outputs.GetValueOrDefault(sample)).Run);

    /// <summary>Compiles each embedded sample once, as DocRunner runs it, into _site/runner/samples/, with its source beside it.</summary>
    static Dictionary<string, PreparedSample> PrepareSamples(string root, string runnerDir, IReadOnlyList<Page> pages)
    {
        var prepared = new Dictionary<string, PreparedSample>(StringComparer.Ordinal);
        foreach (var embed in pages.SelectMany(p => p.Embeds).Where(e => e.IsRunnable && e.SamplePath is not null))
        {
            var path = embed.SamplePath!;
            var timeout = embed.Output is { } block ? OutputModes.Parse(block.Info, out _).Timeout ?? DefaultTimeout : DefaultTimeout;
            if (prepared.TryGetValue(path, out var known))
            {
                if (timeout > known.Timeout) prepared[path] = known with { Timeout = timeout };
                continue;
            }
            var source = SampleSource.Load(root, path);
            var notTried = BrowserEligibility.ReasonNotToTry(source);
            string? assembly = null, isolation = null;
            if (notTried is null)
            {
                var compiled = SampleCompiler.Compile(source);
                if (compiled.Sample is { } sample)
                {
                    assembly = Path.ChangeExtension(path, ".bin").Replace('\\', '/');
                    Write(Path.Combine(runnerDir, assembly), sample.Assembly);
                    isolation = sample.IsolationReason;
                }
                else notTried = "does not compile";
            }
            Write(Path.Combine(runnerDir, path), File.ReadAllBytes(source.FullPath));
            prepared[path] = new(source, assembly, notTried, isolation, timeout);
        }
        return prepared;
    }

    static async Task<CheckOutcome> CheckInBrowserAsync(string root, string work, List<PlanItem> plan, int parallel, bool fresh = false)
    {
        var tests = Path.Combine(root, "tools", "browser-test");
        if (!Directory.Exists(Path.Combine(tests, "node_modules", "playwright-core")))
        {
            var install = await Processes.RunAsync(tests, "npm", "ci", "--no-audit", "--no-fund");
            if (install.Code != 0) return new("no browser", null, "npm ci in tools/browser-test failed: " + install.Output.Trim());
        }
        var browser = await Processes.RunAsync(tests, "bash", "find-browser.sh");
        if (browser.Code != 0) return new("no browser", null, "no browser was found or could be installed (tools/browser-test/find-browser.sh)");
        var chromium = new Dictionary<string, string> { ["CHROMIUM"] = browser.Output.Split('\n')[0].Trim() };
        var planFile = Path.Combine(work, "plan.json");
        var resultsFile = Path.Combine(work, "results.json");
        await File.WriteAllTextAsync(planFile, JsonSerializer.Serialize(plan, Json));
        File.Delete(resultsFile);
        var run = await Processes.RunAsync(tests, chromium, "node", "runner-check.mjs", Path.Combine(root, "_site"), planFile, resultsFile, parallel.ToString(), fresh ? "fresh" : "shared");
        if (run.Code != 0 || !File.Exists(resultsFile))
            return new("no browser", null, $"the samples could not be run in a browser (runner-check.mjs exited {run.Code}): {run.Output.Trim()}");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(resultsFile));
        var outputs = json.RootElement.GetProperty("results").EnumerateArray()
            .Select(r => new BrowserOutput(r.GetProperty("sample").GetString()!, r.GetProperty("stdout").GetString() ?? "",
                r.GetProperty("stderr").GetString() ?? "",
                r.GetProperty("code").ValueKind == JsonValueKind.Number ? r.GetProperty("code").GetInt32() : null,
                r.GetProperty("failure").GetString()))
            .ToDictionary(o => o.Sample, StringComparer.Ordinal);
        return new(json.RootElement.GetProperty("browser").GetString()!, outputs, null);
    }

    /// <summary>
    /// The brotli decoder worker.js uses to unpack the runtime's .br files (tools/BrowserRunner/package.json), into
    /// _site/runner/brotli/ with its licence; null when it is there, otherwise what went wrong.
    /// </summary>
    static async Task<string?> CopyDecoderAsync(string root, string runnerDir)
    {
        var project = Path.Combine(root, "tools", "BrowserRunner");
        var package = Path.Combine(project, "node_modules", "brotli-dec-wasm");
        if (!Directory.Exists(package))
        {
            var install = await Processes.RunAsync(project, "npm", "ci", "--no-audit", "--no-fund");
            if (install.Code != 0) return "npm ci in tools/BrowserRunner (the brotli decoder) failed: " + install.Output.Trim();
        }
        var target = Path.Combine(runnerDir, "brotli");
        Directory.CreateDirectory(target);
        foreach (var file in new[] { "pkg/brotli_dec_wasm.js", "pkg/brotli_dec_wasm_bg.wasm", "LICENSE-MIT.txt" })
        {
            var source = Path.Combine(package, file);
            if (!File.Exists(source)) return $"the brotli decoder has no {file} (tools/BrowserRunner/node_modules/brotli-dec-wasm)";
            File.Copy(source, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }
        return null;
    }

    static void CopyPublished(string from, string to)
    {
        if (Directory.Exists(to)) Directory.Delete(to, recursive: true);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            if (file.EndsWith(".gz", StringComparison.Ordinal)) continue; // worker.js fetches the .br copies; .gz ones are never used
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    static void Write(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
