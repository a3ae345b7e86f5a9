using System.Text.RegularExpressions;

namespace DocRunner.Discovery;

/// <summary>Turns an embed's target into a sample path inside the root, refusing anything that leaves it.</summary>
public static partial class EmbedResolver
{
    [GeneratedRegex(@"^L\d+(-L\d+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LineRange();

    [GeneratedRegex(@"^[\w\.-]+$")]
    private static partial Regex TagName();

    public static Embed Resolve(string root, string pagePath, int line, string language, string target, string title = "")
    {
        var runnable = language is "csharp" or "cs";
        var pathPart = target;
        string? fragment = null;
        var hash = pathPart.IndexOf('#');
        if (hash >= 0) { fragment = pathPart[(hash + 1)..]; pathPart = pathPart[..hash]; }
        var query = pathPart.IndexOf('?');
        if (query >= 0) pathPart = pathPart[..query];
        if (fragment is not null && fragment.Contains('?')) fragment = fragment[..fragment.IndexOf('?')];

        Embed Broken(string why) => new()
        {
            PagePath = pagePath, Line = line, Target = target, Title = title, IsRunnable = runnable,
            Broken = new Problem(pagePath, line, why),
        };

        pathPart = Uri.UnescapeDataString(pathPart);
        if (pathPart.Length == 0) return Broken("the embed names no file");
        if (pathPart.Contains('\0')) return Broken("embed path holds a NUL character; nothing was read");
        if (Path.IsPathRooted(pathPart) || pathPart.StartsWith('~') || pathPart.Contains(':'))
            return Broken($"embed path '{pathPart}' is absolute; use a path relative to the page");

        var pageDirectory = Path.GetDirectoryName(Path.Combine(root, pagePath))!;
        var full = Path.GetFullPath(Path.Combine(pageDirectory, pathPart));
        var rootFull = Path.GetFullPath(root);
        if (!IsInside(rootFull, full))
            return Broken($"embed path '{pathPart}' points outside the repository; nothing was read");
        if (!File.Exists(full))
            return Broken($"embedded file '{Relative(rootFull, full)}' does not exist");
        string real;
        try { real = RealPath(full); }
        catch (IOException) { return Broken($"embedded file '{Relative(rootFull, full)}' is a loop of symbolic links; nothing was read"); }
        if (!IsInside(RealPath(rootFull), real))
            return Broken($"embedded file '{Relative(rootFull, full)}' is a link to a file outside the repository; nothing was read");
        // File.Exists is true for a link whose target is missing.
        if (!File.Exists(real))
            return Broken($"embedded file '{Relative(rootFull, full)}' does not exist (it is a link to '{Relative(rootFull, real)}')");

        var isRange = fragment is not null && LineRange().IsMatch(fragment);
        if (fragment is not null && !isRange && !TagName().IsMatch(fragment))
            return Broken($"'{fragment}' is not a valid region or tag name (letters, digits, '_', '.', '-')");

        return new Embed
        {
            PagePath = pagePath, Line = line, Target = target, Title = title, IsRunnable = runnable,
            SamplePath = Relative(rootFull, full),
            Region = isRange ? null : fragment,
            IsLineRange = isRange,
        };
    }

    public static bool IsInside(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar) && !Path.IsPathRooted(relative);
    }

    public static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    /// <summary>The path with every symbolic link along it resolved.</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var parts = full.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = Path.GetPathRoot(full)!;
        foreach (var part in parts)
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null)
                current = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? current;
        }
        return current;
    }
}
