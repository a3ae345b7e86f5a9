namespace DocRunner.Running.Workers;

/// <summary>The part of a dead process's stderr worth quoting: its first lines that are not stack frames.</summary>
public static class StderrSummary
{
    public static string FirstLines(string stderr, int count = 3) =>
        string.Join("\n", stderr.Split('\n').Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("at ")).Take(count));
}
