namespace DocRunner.Preview.Live;

/// <summary>Where DocFX publishes a page: docs/x.md at docs/x.html.</summary>
public static class SitePath
{
    public static string ToPage(string sitePath) =>
        sitePath.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? sitePath[..^".html".Length] + ".md" : sitePath;

    public static string ToSite(string pagePath) =>
        pagePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? pagePath[..^".md".Length] + ".html" : pagePath;
}
