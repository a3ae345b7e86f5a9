using System.Diagnostics;
using DocRunner.Running.Compilation;
using DocRunner.Running.Workers;
using DocRunner.Samples;

namespace DocRunner.Running;

/// <summary>
/// Runs a sample with the real <c>dotnet run</c>: for directives the in-process engine does not honour
/// (<c>#:package</c>, <c>#:project</c>, other SDKs, build properties). Builds first, outside the network
/// sandbox (restoring needs the package registry), then runs the built program inside it.
/// </summary>
public sealed class DotnetRunner(string root, string scratchRoot)
{
    static readonly SemaphoreSlim Builds = new(2, 2);
    readonly RestoreStamps stamps = new(root);

    public async Task<(RunOutcome Outcome, IReadOnlyDictionary<string, bool> RegionHasStatements)> RunAsync(SampleSource sample, TimeSpan timeout)
    {
        var (file, regions, problems) = Prepare(sample);
        if (problems.Count > 0)
            return (new RunOutcome(OutcomeKind.CompileError, "", "", string.Join("\n", problems), 0, "dotnet run"), regions);

        var build = await BuildAsync(file);
        if (build.Kind != OutcomeKind.Completed && MachineProblem(build) is { } problem)
            return (build with { Kind = OutcomeKind.Environment, Detail = problem }, regions);
        if (build.Kind != OutcomeKind.Completed)
        {
            var rootPrefix = Path.GetFullPath(root).TrimEnd('/') + "/";
            var errors = (build.Stdout + build.Stderr).Split('\n').Where(l => l.Contains(": error "))
                .Select(l => l.Trim().Replace(rootPrefix, "")).Distinct();
            return (build with { Kind = OutcomeKind.CompileError, Detail = string.Join("\n", errors.DefaultIfEmpty(build.Detail)) }, regions);
        }

        var scratch = Path.Combine(scratchRoot, "dotnet-run-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(scratch);
        try
        {
            var spans = Path.Combine(scratchRoot, $"spans-{Path.GetFileName(scratch)}.txt");
            var run = await ExecuteAsync(Start("dotnet", ["run", "--no-build", "--file", file], scratch, sandbox: true,
                Timelines.SpanFile.Environment(spans, file)), timeout, "dotnet run");
            return (run with { Spans = Timelines.SpanFile.Read(spans) }, regions);
        }
        finally
        {
            try { Directory.Delete(scratch, true); } catch (IOException) { }
        }
    }

    static readonly string[] MachineErrors = ["Read-only file system", "No space left on device", "Disk quota exceeded"];

    /// <summary>
    /// One line naming what the machine refused, when a build failed because a folder it must write is read-only or
    /// full (<c>dotnet run</c> keeps its builds under the user's home, <c>~/.local/share/dotnet/runfile</c>), not
    /// because of the sample.
    /// </summary>
    static string? MachineProblem(RunOutcome build)
    {
        var text = build.Stdout + "\n" + build.Stderr + "\n" + build.Detail;
        var error = MachineErrors.FirstOrDefault(e => text.Contains(e, StringComparison.Ordinal));
        if (error is null) return null;
        var line = text.Split('\n').First(l => l.Contains(error, StringComparison.Ordinal)).Trim();
        var path = System.Text.RegularExpressions.Regex.Match(line, @"'(/[^']+)'").Groups[1].Value;
        var where = path.Length > 0 ? path : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return $"dotnet could not build the sample: {error} ({where}); dotnet run writes its builds under HOME, which must be writable and have space";
    }

    /// <summary>
    /// Builds outside the sandbox. Skips the restore while what it reads is unchanged since the last successful
    /// one; a build that fails without it is tried once more with it (the packages may have gone from the cache).
    /// </summary>
    async Task<RunOutcome> BuildAsync(string file)
    {
        var inputs = RestoreStamps.InputsOf(file);
        var restored = stamps.IsRestored(file, inputs);
        await Builds.WaitAsync();
        try
        {
            var build = await BuildOnceAsync(file, restore: !restored);
            if (build.Kind != OutcomeKind.Completed && restored) build = await BuildOnceAsync(file, restore: true);
            if (build.Kind == OutcomeKind.Completed) stamps.Record(file, inputs);
            return build;
        }
        finally { Builds.Release(); }
    }

    static Task<RunOutcome> BuildOnceAsync(string file, bool restore)
    {
        string[] arguments = restore
            ? ["build", file, "-nologo", "-v:q", "-clp:NoSummary"]
            : ["build", file, "--no-restore", "-nologo", "-v:q", "-clp:NoSummary"];
        return ExecuteAsync(Start("dotnet", arguments, Path.GetDirectoryName(file)!, sandbox: false), TimeSpan.FromMinutes(5), "build");
    }

    /// <summary>The file to run: the sample itself, or an instrumented copy beside copies of its build props.</summary>
    (string File, IReadOnlyDictionary<string, bool> Regions, IReadOnlyList<string> Problems) Prepare(SampleSource sample)
    {
        if (sample.Regions.Count == 0) return (sample.FullPath, new Dictionary<string, bool>(), []);
        var blanked = string.Join("\n", sample.Lines.Select(l => l.StartsWith("#:") ? "" : l));
        // #line names the original file by its full path: the compiler opens it for the debug information.
        var instrumented = RegionInstrumenter.Instrument(sample, blanked, SampleCompiler.ParseOptions, sample.Lines, sample.FullPath);
        var mirror = Path.Combine(root, "obj", "docrunner", "dotnet-run");
        var copy = Path.Combine(mirror, sample.RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        // Rewritten only when it changed, so the build can see it is up to date.
        if (!File.Exists(copy) || File.ReadAllText(copy) != instrumented.Text) File.WriteAllText(copy, instrumented.Text);
        for (var directory = Path.GetDirectoryName(sample.FullPath); directory is not null && EmbedResolverIsInside(directory); directory = Path.GetDirectoryName(directory))
            foreach (var props in new[] { "Directory.Build.props", "Directory.Build.targets" })
                if (File.Exists(Path.Combine(directory, props)))
                    CopyIfChanged(Path.Combine(directory, props), Path.Combine(mirror, Path.GetRelativePath(root, directory), props));
        return (copy, instrumented.RegionHasStatements, instrumented.Problems);
    }

    static void CopyIfChanged(string from, string to)
    {
        if (!File.Exists(to) || File.ReadAllText(to) != File.ReadAllText(from)) File.Copy(from, to, overwrite: true);
    }

    bool EmbedResolverIsInside(string directory) => Discovery.EmbedResolver.IsInside(Path.GetFullPath(root), directory);

    /// <summary>
    /// Starts a build or a run in the sandbox, so that it ends with DocRunner; its standard input is the sandbox's
    /// watch pipe, closed once the run is over.
    /// </summary>
    static Process Start(string file, string[] arguments, string workingDirectory, bool sandbox, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = sandbox ? Sandbox.ForSample(file, arguments) : Sandbox.ForBuild(file, arguments);
        info.WorkingDirectory = workingDirectory;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.StandardOutputEncoding = System.Text.Encoding.UTF8;
        if (sandbox)
        {
            SampleEnvironment.Apply(info, file);
            Pipeline.SampleConditions.Current.ApplyTo(info.Environment);
        }
        else
        {
            SampleEnvironment.ApplyToBuild(info);
            info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            info.Environment["DOTNET_NOLOGO"] = "1";
            info.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;
        return Process.Start(info)!;
    }

    static async Task<RunOutcome> ExecuteAsync(Process process, TimeSpan timeout, string what)
    {
        using var _ = process;
        using var tracked = ToolLifetime.Track(process, what);
        try { return await WaitAsync(process, timeout); }
        finally { try { process.StandardInput.Close(); } catch (IOException) { } }
    }

    static async Task<RunOutcome> WaitAsync(Process process, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        var stdout = new ProcessOutput(process.StandardOutput, WorkerProcess.OutputLimit);
        var stderr = new ProcessOutput(process.StandardError, 16_384, keepTail: true);
        stdout.OnOverflow += () => { try { process.Kill(true); } catch (InvalidOperationException) { } };
        var exited = process.WaitForExitAsync();
        var timedOut = await Task.WhenAny(exited, Task.Delay(timeout)) != exited;
        if (timedOut) { try { process.Kill(true); } catch (InvalidOperationException) { } }
        var wall = watch.ElapsedMilliseconds;
        var output = await stdout.WaitAsync(ProcessOutput.DrainPatience);
        var errors = await stderr.WaitAsync(TimeSpan.FromMilliseconds(500));
        if (stdout.Overflowed) return new(OutcomeKind.OutputLimit, output, errors, $"wrote more than {WorkerProcess.OutputLimit:N0} characters", wall, "dotnet run");
        if (timedOut) return new(OutcomeKind.Timeout, output, errors, $"did not finish within {timeout.TotalSeconds:0} s", wall, "dotnet run");
        return process.ExitCode == 0
            ? new(OutcomeKind.Completed, output, errors, "", wall, "dotnet run")
            : new(OutcomeKind.ExitCode, output, errors, $"exited with code {process.ExitCode}" + Tail(errors), wall, "dotnet run");
    }

    static string Tail(string stderr)
    {
        var lines = StderrSummary.FirstLines(stderr);
        return lines.Length == 0 ? "" : ": " + lines;
    }
}
