namespace DocRunner.Preview.Markdown;

/// <summary>Where a page is published and how links between pages are written: <c>docs/x.md</c> is <c>docs/x.html</c>.</summary>
public static class PageLinks
{
    public static string HtmlPath(string markdownPath) =>
        markdownPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? markdownPath[..^3] + ".html" : markdownPath;

    /// <summary>A relative link to a Markdown file points at its HTML page, keeping the anchor and query.</summary>
    public static string ToHtml(string url)
    {
        if (url.Length == 0 || url.StartsWith('#') || url.StartsWith('/') || url.Contains("://") || url.StartsWith("mailto:")) return url;
        var cut = url.IndexOfAny(['#', '?']);
        var path = cut < 0 ? url : url[..cut];
        return path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? path[..^3] + ".html" + (cut < 0 ? "" : url[cut..]) : url;
    }

    /// <summary>The link from one published file to another, both given relative to the site's root.</summary>
    public static string Relative(string fromFile, string toFile)
    {
        var from = fromFile.Split('/')[..^1];
        var to = toFile.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common]) common++;
        var up = string.Concat(Enumerable.Repeat("../", from.Length - common));
        return up + string.Join('/', to[common..]);
    }

    /// <summary>The prefix that leads from a published file back to the site's root (<c>../</c> per folder).</summary>
    public static string ToRoot(string fromFile) => string.Concat(Enumerable.Repeat("../", fromFile.Count(c => c == '/')));
}
