using System.Diagnostics;

namespace DocRunner.Tests.Support;

/// <summary>Runs the built DocRunner as a separate process, as a user would, optionally under a wrapper command.</summary>
public static class DocRunnerProcess
{
    public static (int Code, string Out, string Err) Run(string workingDirectory, params string[] args) =>
        RunWrapped(workingDirectory, [], args);

    /// <param name="wrapper">A command and its arguments that DocRunner runs under (e.g. unshare), or empty.</param>
    public static (int Code, string Out, string Err) RunWrapped(string workingDirectory, string[] wrapper, params string[] args)
    {
        var info = new ProcessStartInfo(wrapper.Length > 0 ? wrapper[0] : "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory,
        };
        foreach (var a in wrapper.Skip(1)) info.ArgumentList.Add(a);
        if (wrapper.Length > 0) info.ArgumentList.Add("dotnet");
        info.ArgumentList.Add(typeof(DocRunner.Cli.GuideCommands).Assembly.Location);
        foreach (var a in args) info.ArgumentList.Add(a);
        // The caller's CI (CI=true turns the cache off, GITHUB_ACTIONS adds annotations) must not change what a test sees.
        info.Environment.Remove("CI");
        info.Environment.Remove("GITHUB_ACTIONS");
        info.Environment.Remove("DOCRUNNER_ROOT");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
