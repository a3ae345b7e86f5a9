using System.Diagnostics;

namespace DocRunner.Preview.Live;

/// <summary>
/// The processes this process started that are still running (read from /proc on Linux), so that stopping the
/// preview can end what the engine could not wait for, such as a <c>dotnet build</c> of a sample with package
/// directives. Each is ended by its id, with the processes it started in turn.
/// </summary>
public static class ChildProcesses
{
    public static IReadOnlyList<int> Running()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc")) return [];
        var self = Environment.ProcessId;
        var children = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid) || pid == self) continue;
            try
            {
                // /proc/<pid>/stat: "pid (name) state ppid …"; the name may hold spaces and parentheses.
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (fields.Length > 1 && int.TryParse(fields[1], out var parent) && parent == self && fields[0] != "Z") children.Add(pid);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        return children;
    }

    /// <summary>Ends every child still running, with its own children; returns how many there were.</summary>
    public static int EndAll()
    {
        var children = Running();
        foreach (var pid in children)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill(entireProcessTree: true);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception) { }
        }
        return children.Count;
    }
}
