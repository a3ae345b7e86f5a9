using System.Diagnostics;

namespace DocRunner.Publishing;

/// <summary>
/// Builds the site with the DocFX pinned in .config/dotnet-tools.json, warnings as errors, into a clean _site/.
/// There is no other renderer: when DocFX cannot be installed, the site is not built and the caller fails.
/// </summary>
public static class DocfxSite
{
    public sealed record Result(bool Built, string Message, TimeSpan RestoreTime, TimeSpan BuildTime);

    public static async Task<Result> BuildAsync(string root)
    {
        var clock = Stopwatch.StartNew();
        var restore = await RunAsync(root, "tool", "restore");
        var restoreTime = clock.Elapsed;
        if (restore.Code != 0)
            return new(false,
                "error: DocFX could not be installed: `dotnet tool restore` (docfx pinned in .config/dotnet-tools.json) failed; the site was not built.\n" +
                Indent(restore.Output), restoreTime, TimeSpan.Zero);

        var output = Path.Combine(root, "_site");
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        clock.Restart();
        var build = await RunAsync(root, "docfx", "docfx.json", "--warningsAsErrors");
        var buildTime = clock.Elapsed;
        if (build.Code != 0 || !File.Exists(Path.Combine(output, "index.html")))
            return new(false, "error: DocFX did not build the site (warnings count as errors):\n" + Indent(build.Output), restoreTime, buildTime);
        var built = $"site built into _site/ by DocFX with 0 warnings in {buildTime.TotalSeconds:0.0} s";
        var runner = await Browser.BrowserRunnerSite.BuildAsync(root);
        return new(runner.Built, built + "\n" + runner.Message, restoreTime, buildTime);
    }

    static string Indent(string text) =>
        string.Join('\n', text.Trim().Split('\n').Where(l => l.Trim().Length > 0).Select(l => "    " + l.TrimEnd()));

    static async Task<(int Code, string Output)> RunAsync(string root, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await output) + (await error));
    }
}
