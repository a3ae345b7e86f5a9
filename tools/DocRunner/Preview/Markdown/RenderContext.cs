using DocRunner.Preview.Live;

namespace DocRunner.Preview.Markdown;

/// <summary>What rendering one page needs beyond its text: where it lives, what the checks found, how to read samples.</summary>
public sealed class RenderContext
{
    public required string Root { get; init; }
    /// <summary>The page's path relative to the root, with forward slashes.</summary>
    public required string PagePath { get; init; }
    public PageChecks Checks { get; init; } = PageChecks.None;
    /// <summary>Reads an included file by its root-relative path; null when it cannot be read.</summary>
    public Func<string, string?> ReadSample { get; init; } = _ => null;

    public static Func<string, string?> FromDisk(string root) => path =>
    {
        try { return File.ReadAllText(Path.Combine(root, path)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    };
}
