using System.Diagnostics;

namespace DocRunner.Publishing;

/// <summary>Renders the site with DocFX into _site/ when <c>dotnet tool restore</c> can install the pinned docfx.</summary>
public static class DocfxSite
{
    public sealed record Result(bool Rendered, string Message);

    public static async Task<Result> RenderAsync(string root)
    {
        var restore = await RunAsync(root, "tool", "restore");
        if (restore.Code != 0)
            return new(false, "DocFX is not available here (`dotnet tool restore` could not install the pinned docfx); the site was not rendered. GitHub's runners render it.");
        var build = await RunAsync(root, "docfx", "docfx.json", "--warningsAsErrors");
        return build.Code == 0
            ? new(true, "site rendered into _site/ by DocFX")
            : new(false, "DocFX failed:\n" + build.Output);
    }

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
