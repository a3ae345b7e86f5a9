using System.Collections.Concurrent;
using System.Diagnostics;

namespace DocRunner.Running.Workers;

/// <summary>
/// Starts the processes that run samples (and the builds they need) so that none can outlive DocRunner. Each starts
/// as the first process of a PID namespace of its own, under a small shell that ends it when DocRunner's end of its
/// standard input closes: DocRunner exiting by any means (even SIGKILL) closes it, and the first process of a PID
/// namespace takes every process in it along when it ends, however the sample started or detached them. Samples
/// also get a network namespace where only loopback exists, so that a connection to any other address fails at
/// once instead of leaving the machine, and a mount namespace where the repository (every root given to
/// <see cref="Protect"/>) is mounted read-only, so that a sample cannot change or delete a page. Where the system
/// does not allow namespaces (no <c>unshare</c>, user namespaces disabled) processes start under the same shell
/// without them; where it allows them but not the read-only mount, the repository stays writable. Either way the
/// run says so once (<see cref="Note"/>).
/// </summary>
public static class Sandbox
{
    enum Level { None, Namespaces, ReadOnlyRepository }

    static readonly Lazy<Level> level = new(Probe);
    static readonly ConcurrentDictionary<string, byte> protectedRoots = new(StringComparer.Ordinal);

    public static bool IsAvailable => level.Value != Level.None;

    /// <summary>The note a run prints where the sandbox is missing or incomplete, else null.</summary>
    public static string? Note => level.Value switch
    {
        Level.None => "note: samples ran without a sandbox (unshare is not available here): no network isolation, "
            + "the repository was writable to them, and processes they start can outlive the run",
        Level.Namespaces => "note: the repository was writable to samples (this system does not allow a read-only bind mount in a user namespace)",
        _ => null,
    };

    /// <summary>Makes this folder (a repository's root) read-only to every sample started from now on.</summary>
    public static void Protect(string root) => protectedRoots.TryAdd(Path.GetFullPath(root).TrimEnd('/'), 0);

    /// <summary>
    /// The lines that mount each protected root that still exists read-only onto itself, or end the start. The bind is
    /// recursive because a plain one fails when the tree holds a mount this namespace may not detach (a folder already
    /// bound read-only by an outer namespace); mounts inside the root keep their own mode.
    /// </summary>
    static string ReadOnlyMounts()
    {
        var roots = protectedRoots.Keys.Where(Directory.Exists).Order(StringComparer.Ordinal).ToList();
        if (roots.Count == 0) return "";
        var quoted = string.Join(' ', roots.Select(r => "'" + r.Replace("'", "'\\''") + "'"));
        return $"for r in {quoted}; do {{ mount --rbind \"$r\" \"$r\" && mount -o remount,bind,ro \"$r\"; }} || {{ echo \"docrunner: could not make $r read-only\" >&2; exit 125; }}; done\n";
    }

    /// <summary>
    /// Runs the command with stdin from /dev/null, and ends it when the watch pipe (this shell's stdin) reaches its
    /// end. The shell waits for the command and exits with its code; a background reader kills it on end of input.
    /// </summary>
    const string Guard = """
        exec 3<&0
        "$@" </dev/null 3<&- &
        child=$!
        { while read -r _; do :; done; kill -KILL "$child" 2>/dev/null; } <&3 &
        watcher=$!
        exec 3<&-
        wait "$child"
        code=$?
        kill "$watcher" 2>/dev/null
        exit "$code"
        """;

    /// <summary>
    /// A process that runs a sample: no network but loopback. Its standard input is the watch pipe: keep it open
    /// while the process may run, and close it (or exit) to end the process and everything it started.
    /// </summary>
    public static ProcessStartInfo ForSample(string fileName, IEnumerable<string> arguments) => Create(fileName, arguments, isolateNetwork: true);

    /// <summary>A build: the network as it is (restoring needs the package registry), the same lifetime as a sample.</summary>
    public static ProcessStartInfo ForBuild(string fileName, IEnumerable<string> arguments) => Create(fileName, arguments, isolateNetwork: false);

    static ProcessStartInfo Create(string fileName, IEnumerable<string> arguments, bool isolateNetwork)
    {
        var info = new ProcessStartInfo { RedirectStandardInput = true, UseShellExecute = false };
        var script = Guard;
        if (IsAvailable)
        {
            info.FileName = "unshare";
            string[] namespaces = isolateNetwork
                ? ["--net", "--map-root-user", "--pid", "--fork", "--kill-child", "--mount-proc"]
                : ["--map-root-user", "--pid", "--fork", "--kill-child", "--mount-proc"];
            foreach (var a in namespaces) info.ArgumentList.Add(a);
            info.ArgumentList.Add("--");
            info.ArgumentList.Add("/bin/sh");
            if (isolateNetwork) script = "ip link set lo up 2>/dev/null\n" + (level.Value == Level.ReadOnlyRepository ? ReadOnlyMounts() : "") + script;
        }
        else info.FileName = "/bin/sh";
        foreach (var a in (string[])["-c", script, "docrunner-guard", fileName]) info.ArgumentList.Add(a);
        foreach (var a in arguments) info.ArgumentList.Add(a);
        return info;
    }

    static Level Probe()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("DOCRUNNER_NO_SANDBOX") == "1") return Level.None;
        var folder = Directory.CreateTempSubdirectory("docrunner-probe-").FullName;
        try
        {
            if (Succeeds($"ip link set lo up && mount --rbind '{folder}' '{folder}' && mount -o remount,bind,ro '{folder}' && ! touch '{folder}/x' 2>/dev/null")) return Level.ReadOnlyRepository;
            return Succeeds("ip link set lo up") ? Level.Namespaces : Level.None;
        }
        finally { try { Directory.Delete(folder, recursive: true); } catch (IOException) { } }
    }

    static bool Succeeds(string script)
    {
        try
        {
            var info = new ProcessStartInfo("unshare") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in (string[])["--net", "--map-root-user", "--pid", "--fork", "--kill-child", "--mount-proc", "--", "/bin/sh", "-c", script])
                info.ArgumentList.Add(a);
            using var process = Process.Start(info)!;
            if (!process.WaitForExit(5000)) { process.Kill(true); return false; }
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }
}
