using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace DocRunner.Running.Workers;

/// <summary>
/// What DocRunner leaves behind when it ends, by any means: nothing. Its temporary files (scratch folders,
/// sockets, those of the samples) go under one folder of this run, which a small watcher removes as soon as
/// DocRunner is gone, even after SIGKILL. On SIGINT or SIGTERM the processes it started are ended at once and
/// SIGINT says, in one line, what was stopped.
/// </summary>
public static class ToolLifetime
{
    static readonly ConcurrentDictionary<Process, string> running = new();
    static readonly List<PosixSignalRegistration> signals = [];
    static Process? remover;
    static string? runTemp;

    /// <summary>Notes a process DocRunner started, named for the line SIGINT prints, until the returned handle is disposed.</summary>
    public static IDisposable Track(Process process, string what)
    {
        running[process] = what;
        return new Untrack(process);
    }

    sealed class Untrack(Process process) : IDisposable
    {
        public void Dispose() => running.TryRemove(process, out _);
    }

    /// <summary>
    /// For the commands that run samples: points this process's temporary folder (and so every child's) at a
    /// folder of this run, starts the watcher that removes it, and (unless the command handles them itself) handles
    /// SIGINT and SIGTERM.
    /// </summary>
    public static void Begin(bool handleSignals)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        var temp = Directory.CreateTempSubdirectory($"docrunner-{Environment.ProcessId}-").FullName;
        remover = StartRemover(temp);
        runTemp = temp;
        Environment.SetEnvironmentVariable("TMPDIR", temp + "/");
        if (!handleSignals) return;
        signals.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, 130, announce: true)));
        signals.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, 143, announce: false)));
    }

    /// <summary>
    /// A shell that ignores the signals a terminal sends its whole process group, waits for the end of its
    /// standard input (DocRunner's end closes when DocRunner exits, however it exits), then removes the folder.
    /// </summary>
    static Process? StartRemover(string folder)
    {
        var info = new ProcessStartInfo("/bin/sh") { RedirectStandardInput = true, UseShellExecute = false };
        foreach (var a in (string[])["-c", "trap '' INT TERM HUP; while read -r _; do :; done; rm -rf -- \"$0\"", folder])
            info.ArgumentList.Add(a);
        try { return Process.Start(info); }
        catch (System.ComponentModel.Win32Exception) { return null; }
    }

    static void Stop(PosixSignalContext context, int exitCode, bool announce)
    {
        context.Cancel = true;
        var stopped = running.ToArray();
        // In the sandbox each tracked process is an unshare whose death takes its whole PID namespace along, so one
        // SIGKILL each is enough and fast even on a busy machine; without it, the tree is walked and killed.
        foreach (var (process, _) in stopped)
            try { process.Kill(entireProcessTree: !Sandbox.IsAvailable); } catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception) { }
        if (announce) Console.Error.WriteLine($"docrunner: interrupted; stopped {Describe(stopped.Select(p => p.Value))}");
        End();
        Environment.Exit(exitCode);
    }

    static string Describe(IEnumerable<string> what)
    {
        var counts = what.GroupBy(w => w).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}{(g.Count() == 1 ? "" : "s")}").ToList();
        return counts.Count == 0 ? "nothing was running" : string.Join(", ", counts);
    }

    /// <summary>Removes this run's temporary folder now (the watcher would, a moment later).</summary>
    public static void End()
    {
        if (runTemp is null) return;
        try { Directory.Delete(runTemp, recursive: true); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        try { remover?.StandardInput.Close(); } catch (IOException) { }
    }
}
