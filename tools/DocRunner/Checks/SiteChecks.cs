using DocRunner.Discovery;
using DocRunner.Reporting;
using YamlDotNet.RepresentationModel;

namespace DocRunner.Checks;

/// <summary>
/// What DocFX would otherwise tell only at publishing time: every relative link and anchor resolves, every
/// toc href exists, and every page can be reached from a table of contents.
/// </summary>
public static class SiteChecks
{
    public static IReadOnlyList<CheckRecord> Run(DocfxProject project, IReadOnlyList<Page> pages, bool wholeSite)
    {
        var records = new List<CheckRecord>();
        var root = Path.GetFullPath(project.Root);
        var allPages = wholeSite ? pages.ToDictionary(p => p.RelativePath)
            : project.Pages.Select(p => PageParser.Parse(root, p, File.ReadAllBytes(Path.Combine(root, p)))).ToDictionary(p => p.RelativePath);
        foreach (var page in pages)
            foreach (var link in page.Links)
                if (CheckLink(root, page, link, allPages) is { } problem)
                    records.Add(new(page.RelativePath, link.Line, "link", null, null, CheckStatus.Problem, problem, []));
        foreach (var embed in pages.SelectMany(p => p.Embeds).Where(e => e.IsRunnable && e.SamplePath is not null && e.Title != e.SamplePath))
            records.Add(new(embed.PagePath, embed.Line, "embed", embed.SamplePath, embed.Region, CheckStatus.Problem,
                $"name the sample in the first brackets, so the site can label it and show the command that runs it: " +
                $"[!code-csharp[{embed.SamplePath}]({embed.Target})]", []));
        if (!wholeSite) return records;

        var reachable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var toc in project.Tocs)
            records.AddRange(CheckToc(root, toc, reachable));
        foreach (var page in pages.Where(p => !reachable.Contains(p.RelativePath) && Path.GetFileName(p.RelativePath) != "index.md"))
            records.Add(new(page.RelativePath, 1, "toc", null, null, CheckStatus.Problem,
                "no toc.yml links to this page, so readers cannot reach it from the navigation", []));
        return records;
    }

    static string? CheckLink(string root, Page page, Link link, IReadOnlyDictionary<string, Page> pages)
    {
        var url = link.Url;
        if (url.Length == 0) return "empty link target";
        if (url.Contains("://") || url.StartsWith("mailto:") || url.StartsWith("xref:")) return null;
        var hash = url.IndexOf('#');
        var path = Uri.UnescapeDataString(hash >= 0 ? url[..hash] : url);
        var anchor = hash >= 0 ? url[(hash + 1)..] : null;
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];

        var target = page;
        if (path.Contains('\0')) return $"link '{url}' holds a NUL character";
        if (path.Length > 0)
        {
            if (Path.IsPathRooted(path)) return $"link '{url}' is absolute; the site is served under a sub-path, so use a relative link";
            var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page.FullPath)!, path));
            if (!EmbedResolver.IsInside(root, full)) return $"link '{url}' points outside the repository";
            if (!File.Exists(full) && !Directory.Exists(full)) return $"link '{url}' points to a file that does not exist";
            var relative = EmbedResolver.Relative(root, full);
            if (relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !pages.TryGetValue(relative, out target!))
                return $"link '{url}' points to a Markdown file that docfx.json does not build";
            if (!relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return null;
        }
        return anchor is { Length: > 0 } && !target.Anchors.Contains(anchor)
            ? $"link '{url}': {target.RelativePath} has no heading with the anchor '#{anchor}'"
            : null;
    }

    static IEnumerable<CheckRecord> CheckToc(string root, string toc, HashSet<string> reachable)
    {
        var records = new List<CheckRecord>();
        var stream = new YamlStream();
        try { using var reader = new StreamReader(Path.Combine(root, toc)); stream.Load(reader); }
        catch (YamlDotNet.Core.YamlException e)
        {
            records.Add(new(toc, (int)e.Start.Line, "toc", null, null, CheckStatus.Problem, $"not valid YAML: {e.Message}", []));
            return records;
        }
        if (stream.Documents.Count == 0) return records;
        var rootNode = stream.Documents[0].RootNode;
        var items = rootNode is YamlMappingNode map && map.Children.TryGetValue("items", out var nested) ? nested : rootNode;
        Walk(items);
        return records;

        void Walk(YamlNode node)
        {
            if (node is not YamlSequenceNode sequence) return;
            foreach (var item in sequence.Children.OfType<YamlMappingNode>())
            {
                foreach (var key in new[] { "href", "topicHref" })
                    if (item.Children.TryGetValue(key, out var value) && value is YamlScalarNode { Value: { Length: > 0 } href } && !href.Contains("://"))
                    {
                        var full = Path.GetFullPath(Path.Combine(root, Path.GetDirectoryName(toc)!, href.Split('#')[0]));
                        var exists = File.Exists(full) || (Directory.Exists(full) && File.Exists(Path.Combine(full, "toc.yml")));
                        if (!exists)
                            records.Add(new(toc, (int)value.Start.Line, "toc", null, null, CheckStatus.Problem,
                                $"{key} '{href}' does not exist (a folder href needs a toc.yml inside it)", []));
                        else if (File.Exists(full)) reachable.Add(EmbedResolver.Relative(root, full));
                    }
                if (item.Children.TryGetValue("items", out var children)) Walk(children);
            }
        }
    }
}
