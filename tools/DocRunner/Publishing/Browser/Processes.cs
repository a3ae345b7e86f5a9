using System.Diagnostics;

namespace DocRunner.Publishing.Browser;

/// <summary>Runs a command to its end and returns its exit code with stdout and stderr together.</summary>
static class Processes
{
    public static Task<(int Code, string Output)> RunAsync(string directory, string program, params string[] arguments) =>
        RunAsync(directory, new Dictionary<string, string>(), program, arguments);

    public static async Task<(int Code, string Output)> RunAsync(string directory, IReadOnlyDictionary<string, string> environment,
        string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment) info.Environment[name] = value;
        try
        {
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, (await output) + (await error));
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (127, $"{program}: {e.Message}");
        }
    }
}
