using System.Globalization;

namespace DocRunner.Sessions;

/// <summary>
/// The options a session block's info string may carry after <c>csharp-interactive</c>: only
/// <c>timeout=SECONDS</c>, for a session that needs longer than the run's default.
/// </summary>
public static class SessionInfo
{
    public static TimeSpan? Timeout(string info, out IReadOnlyList<string> problems)
    {
        var errors = new List<string>();
        TimeSpan? timeout = null;
        foreach (var word in info.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            if (word.StartsWith("timeout=", StringComparison.Ordinal)
                && double.TryParse(word["timeout=".Length..].TrimEnd('s'), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                && seconds > 0)
                timeout = TimeSpan.FromSeconds(seconds);
            else
                errors.Add($"unknown csharp-interactive option '{word}' (known: timeout=SECONDS)");
        }
        problems = errors;
        return timeout;
    }
}
