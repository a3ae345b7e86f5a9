using DocRunner.Preview.Markdown;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DocRunner.Preview.Site;

/// <summary>A toc entry: its name, the published file or address it links to (null for a heading), and its children.</summary>
public sealed record TocItem(string Name, string? Href, IReadOnlyList<TocItem> Items)
{
    public bool IsExternal => Href is not null && Href.Contains("://");
}

/// <summary>One toc.yml: the folder it governs and its entries, hrefs resolved to published files.</summary>
public sealed record Toc(string Path, string Folder, IReadOnlyList<TocItem> Items)
{
    /// <summary>The pages in reading order, as the sidebar lists them (previous/next follow this order).</summary>
    public IEnumerable<TocItem> InOrder() => Flatten(Items).Where(i => i.Href is not null && !i.IsExternal);

    static IEnumerable<TocItem> Flatten(IEnumerable<TocItem> items) =>
        items.SelectMany(i => (IEnumerable<TocItem>)[i, .. Flatten(i.Items)]);
}

/// <summary>
/// The site's navigation as DocFX builds it from the toc files: the top toc.yml is the navbar; a page's nearest
/// other toc.yml (in its folder or above) is its sidebar, and previous/next follow that toc's order. A page whose
/// nearest toc is the top one has no sidebar. An href to a folder (<c>docs/</c>) leads to the first page of that
/// folder's toc.yml.
/// </summary>
public sealed class SiteNavigation
{
    readonly Dictionary<string, Toc> tocsByFolder;
    public Toc? Top { get; }
    public IReadOnlyList<string> Problems { get; }

    SiteNavigation(Dictionary<string, Toc> tocs, List<string> problems)
    {
        tocsByFolder = tocs;
        Top = tocs.GetValueOrDefault("");
        Problems = problems;
    }

    public IReadOnlyList<TocItem> Navbar => Top?.Items ?? [];

    public static SiteNavigation Load(string root, IEnumerable<string> tocPaths)
    {
        var raw = new Dictionary<string, (string Path, YamlNode? Items)>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var path in tocPaths)
        {
            var folder = Folder(path);
            try
            {
                var stream = new YamlStream();
                using (var reader = new StreamReader(System.IO.Path.Combine(root, path))) stream.Load(reader);
                var node = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
                if (node is YamlMappingNode map && map.Children.TryGetValue("items", out var items)) node = items;
                raw[folder] = (path, node);
            }
            catch (Exception e) when (e is YamlException or IOException)
            {
                problems.Add($"{path}: {e.Message}");
            }
        }

        var resolved = new Dictionary<string, Toc>(StringComparer.Ordinal);
        foreach (var (folder, (path, node)) in raw)
            resolved[folder] = new Toc(path, folder, Items(node, folder, raw, []));
        return new SiteNavigation(resolved, problems);
    }

    /// <summary>The page's sidebar toc, or null when its nearest toc is the top one (or it has none).</summary>
    public Toc? SidebarFor(string pagePath)
    {
        for (var folder = Folder(pagePath); ; folder = Folder(folder))
        {
            if (tocsByFolder.TryGetValue(folder, out var toc)) return folder.Length == 0 ? null : toc;
            if (folder.Length == 0) return null;
        }
    }

    public (TocItem? Previous, TocItem? Next) Neighbours(string pagePath)
    {
        var order = SidebarFor(pagePath)?.InOrder().ToList() ?? [];
        var html = PageLinks.HtmlPath(pagePath);
        var at = order.FindIndex(i => i.Href == html);
        return at < 0 ? (null, null) : (at > 0 ? order[at - 1] : null, at + 1 < order.Count ? order[at + 1] : null);
    }

    /// <summary>The folder of a root-relative path ("" for the root); the folder of "docs" is "".</summary>
    static string Folder(string path) => path.LastIndexOf('/') is var at and >= 0 ? path[..at] : "";

    static IReadOnlyList<TocItem> Items(YamlNode? node, string folder, Dictionary<string, (string Path, YamlNode? Items)> tocs, HashSet<string> visiting)
    {
        if (node is not YamlSequenceNode sequence) return [];
        var items = new List<TocItem>();
        foreach (var entry in sequence.Children.OfType<YamlMappingNode>())
        {
            string? Scalar(string key) => entry.Children.TryGetValue(key, out var value) && value is YamlScalarNode { Value: { Length: > 0 } text } ? text : null;
            var children = entry.Children.TryGetValue("items", out var nested) ? Items(nested, folder, tocs, visiting) : [];
            var href = Scalar("topicHref") ?? Scalar("href");
            items.Add(new TocItem(Scalar("name") ?? href ?? "", href is null ? null : Resolve(href, folder, tocs, visiting), children));
        }
        return items;
    }

    static string? Resolve(string href, string folder, Dictionary<string, (string Path, YamlNode? Items)> tocs, HashSet<string> visiting)
    {
        if (href.Contains("://") || href.StartsWith("mailto:")) return href;
        var hash = href.IndexOf('#');
        var anchor = hash >= 0 ? href[hash..] : "";
        var path = Combine(folder, hash >= 0 ? href[..hash] : href);
        var target = path.EndsWith("toc.yml", StringComparison.OrdinalIgnoreCase) ? Folder(path)
            : href.EndsWith('/') ? path.TrimEnd('/') : null;
        if (target is null) return PageLinks.HtmlPath(path) + anchor;
        // A folder: the first page of its toc.
        if (!tocs.TryGetValue(target, out var toc) || !visiting.Add(target)) return null;
        var first = new Toc(toc.Path, target, Items(toc.Items, target, tocs, visiting)).InOrder().FirstOrDefault()?.Href;
        visiting.Remove(target);
        return first;
    }

    static string Combine(string folder, string relative)
    {
        var parts = new List<string>(folder.Length == 0 ? [] : folder.Split('/'));
        foreach (var part in relative.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else parts.Add(part);
        }
        return string.Join('/', parts) + (relative.EndsWith('/') ? "/" : "");
    }
}
