using System.Diagnostics;

namespace DocRunner.Running;

/// <summary>
/// CPU time of this process plus every child it has waited for (workers, dotnet builds): on Linux the kernel
/// adds an ended child's time to its parent's <c>cutime</c>/<c>cstime</c>, which a child's own figure cannot
/// give once it has exited.
/// </summary>
public static class ProcessCpu
{
    public static TimeSpan SelfAndEndedChildren()
    {
        var self = Process.GetCurrentProcess().TotalProcessorTime;
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // After the command name: field 3 is the state, so utime..cstime (14..17) are at indexes 11..14.
            var childTicks = long.Parse(fields[13]) + long.Parse(fields[14]);
            return self + TimeSpan.FromSeconds(childTicks / 100.0);
        }
        catch (Exception e) when (e is IOException or FormatException or IndexOutOfRangeException or UnauthorizedAccessException)
        {
            return self;
        }
    }
}
