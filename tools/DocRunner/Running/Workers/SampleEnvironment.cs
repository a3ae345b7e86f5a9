using System.Diagnostics;

namespace DocRunner.Running.Workers;

/// <summary>
/// The environment every sample sees, on every path (sample workers, session workers, <c>dotnet run</c>): built
/// here, the same on every machine where it can be, and nothing taken from DocRunner's own environment by accident
/// (not <c>DOCRUNNER_ROOT</c>, not a secret in the shell that started it). The variables:
/// <list type="bullet">
/// <item><c>PATH</c>: the folder of the <c>dotnet</c> that runs DocRunner, then the system's usual folders.</item>
/// <item><c>DOTNET_ROOT</c>: that same folder.</item>
/// <item><c>HOME</c>: the user's, as it is: <c>dotnet run</c> finds the program DocRunner built under it.</item>
/// <item><c>TMPDIR</c>: this run's temporary folder, removed when DocRunner ends.</item>
/// <item><c>LANG</c> and <c>LC_ALL</c> <c>=C.UTF-8</c>, <c>TZ=UTC</c>: the invariant culture and UTC, the baseline the pages
/// record; <c>verify --portability</c> replaces them (and adds <c>DOTNET_PROCESSOR_COUNT</c>) for its second pass.</item>
/// <item><c>DOTNET_CLI_TELEMETRY_OPTOUT</c>, <c>DOTNET_NOLOGO</c>, <c>DOTNET_SKIP_FIRST_TIME_EXPERIENCE</c>,
/// <c>DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE</c>, <c>DOTNET_GENERATE_ASPNET_CERTIFICATE=false</c>,
/// <c>DOTNET_CLI_UI_LANGUAGE=en</c>: a quiet <c>dotnet</c> that looks for nothing on the network.</item>
/// <item><c>DOTNET_EnableDiagnostics=0</c>: no debugging pipes or sockets left in the temporary folder.</item>
/// </list>
/// Samples run with <c>dotnet run</c> also get <c>DOTNET_STARTUP_HOOKS</c>, <c>DOCRUNNER_SPANS_FILE</c> and
/// <c>DOCRUNNER_SPANS_PROGRAM</c>, which record their timeline spans (<see cref="Timelines.SpanFile"/>).
/// Worker processes add <c>DOTNET_TieredPGO=0</c> for their own start-up; the shell that starts every sample process sets <c>PWD</c>. Builds are not samples: they keep the
/// user's environment (package sources, SDK settings) but not <c>DOCRUNNER_ROOT</c>.
/// </summary>
public static class SampleEnvironment
{
    static readonly string[] SystemPath = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];

    /// <summary>The variables, by name, for a process started from DocRunner now.</summary>
    public static IReadOnlyDictionary<string, string> Variables(string dotnetHost)
    {
        var dotnet = Path.GetFullPath(ResolveOnPath(dotnetHost));
        var dotnetFolder = Path.GetDirectoryName(new FileInfo(dotnet).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? dotnet)!;
        return new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = string.Join(':', new[] { dotnetFolder }.Concat(SystemPath.Where(p => p != dotnetFolder))),
            ["DOTNET_ROOT"] = dotnetFolder,
            ["HOME"] = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
            ["TMPDIR"] = Path.GetTempPath(),
            ["LANG"] = "C.UTF-8",
            ["LC_ALL"] = "C.UTF-8",
            ["TZ"] = "UTC",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            ["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "1",
            ["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false",
            ["DOTNET_CLI_UI_LANGUAGE"] = "en",
            ["DOTNET_EnableDiagnostics"] = "0",
        };
    }

    /// <summary>Replaces whatever environment the start info would pass on with the samples' own.</summary>
    public static void Apply(ProcessStartInfo info, string dotnetHost)
    {
        info.Environment.Clear();
        foreach (var (name, value) in Variables(dotnetHost)) info.Environment[name] = value;
    }

    /// <summary>A build's environment: the user's, less what DocRunner set for itself, and no diagnostics left behind.</summary>
    public static void ApplyToBuild(ProcessStartInfo info)
    {
        info.Environment.Remove("DOCRUNNER_ROOT");
        info.Environment["DOTNET_EnableDiagnostics"] = "0";
    }

    static string ResolveOnPath(string program)
    {
        if (program.Contains('/')) return program;
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, program);
            if (File.Exists(candidate)) return candidate;
        }
        return Path.Combine("/usr/bin", program);
    }
}
