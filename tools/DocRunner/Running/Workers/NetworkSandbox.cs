using System.Diagnostics;

namespace DocRunner.Running.Workers;

/// <summary>
/// Starts sample processes in a network namespace of their own where only loopback exists, so that a connection
/// to any other address fails at once instead of leaving the machine. Where the system does not allow it
/// (no <c>unshare</c>, user namespaces disabled), processes start as they are and the run says so once.
/// </summary>
public static class NetworkSandbox
{
    static readonly Lazy<bool> available = new(Probe);

    public static bool IsAvailable => available.Value;

    public static ProcessStartInfo Create(string fileName, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo();
        if (IsAvailable)
        {
            info.FileName = "unshare";
            foreach (var a in (string[])["--net", "--map-root-user", "--", "/bin/sh", "-c", "ip link set lo up 2>/dev/null; exec \"$0\" \"$@\"", fileName])
                info.ArgumentList.Add(a);
        }
        else info.FileName = fileName;
        foreach (var a in arguments) info.ArgumentList.Add(a);
        return info;
    }

    static bool Probe()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("DOCRUNNER_NO_SANDBOX") == "1") return false;
        try
        {
            var info = new ProcessStartInfo("unshare") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in (string[])["--net", "--map-root-user", "--", "/bin/sh", "-c", "ip link set lo up"]) info.ArgumentList.Add(a);
            using var process = Process.Start(info)!;
            if (!process.WaitForExit(5000)) { process.Kill(true); return false; }
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }
}
