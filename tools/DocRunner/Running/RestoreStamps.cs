using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace DocRunner.Running;

/// <summary>
/// Remembers, per file-based program, what its last successful package restore was made from: its <c>#:</c>
/// directives, the build files above it (Directory.Build.*, Directory.Packages.props, NuGet.config, global.json)
/// and the SDK version. While those are unchanged, <c>dotnet build --no-restore</c> is enough; restoring again
/// costs about 6 s of CPU per sample even when it has nothing to do. This is a build cache, not a result cache:
/// samples still run every time, also with <c>--no-cache</c>.
/// </summary>
public sealed class RestoreStamps(string root)
{
    static readonly string[] BuildFiles =
        ["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "NuGet.config", "nuget.config", "NuGet.Config", "global.json"];

    static readonly Lazy<string> SdkVersion = new(ReadSdkVersion);

    /// <summary>The version `dotnet --version` prints, read once per run.</summary>
    public static string Sdk => SdkVersion.Value;

    readonly string folder = Path.Combine(root, "obj", "docrunner", "restored");

    /// <summary>A hash of everything a restore of <paramref name="programFile"/> reads.</summary>
    public static string InputsOf(string programFile)
    {
        var text = new StringBuilder().AppendLine(SdkVersion.Value);
        foreach (var line in File.ReadLines(programFile).Where(l => l.StartsWith("#:", StringComparison.Ordinal)))
            text.AppendLine(line.TrimEnd());
        for (var directory = Path.GetDirectoryName(Path.GetFullPath(programFile)); directory is not null; directory = Path.GetDirectoryName(directory))
            foreach (var name in BuildFiles)
            {
                var path = Path.Combine(directory, name);
                if (File.Exists(path)) text.Append(path).Append('\n').Append(File.ReadAllText(path)).Append('\n');
            }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public bool IsRestored(string programFile, string inputs)
    {
        var stamp = StampPath(programFile);
        return File.Exists(stamp) && File.ReadAllText(stamp) == inputs;
    }

    /// <summary>Remembers a successful restore; where the checkout cannot be written, the next build simply restores again.</summary>
    public void Record(string programFile, string inputs)
    {
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(StampPath(programFile), inputs);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    string StampPath(string programFile) =>
        Path.Combine(folder, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(programFile))))[..24] + ".txt");

    static string ReadSdkVersion()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("dotnet", "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
            var version = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return version;
        }
        catch (System.ComponentModel.Win32Exception) { return "unknown"; }
    }
}
