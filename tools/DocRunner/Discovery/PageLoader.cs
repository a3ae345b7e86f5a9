namespace DocRunner.Discovery;

/// <summary>Reads and parses the pages docfx.json selects, keeping those the command-line paths ask for.</summary>
public static class PageLoader
{
    public static IReadOnlyList<Page> Load(DocfxProject project, IReadOnlyList<string> filters)
    {
        var pages = project.Pages
            .AsParallel().AsOrdered()
            .Select(path => PageParser.Parse(project.Root, path, File.ReadAllBytes(Path.Combine(project.Root, path))))
            .ToList();
        if (filters.Count == 0) return pages;
        var wanted = filters.Select(f => Normalize(project.Root, f)).ToList();
        foreach (var filter in wanted)
            if (!pages.Any(p => Matches(p, filter)))
                throw new ConfigurationException($"'{filter}' matches no page and no embedded sample");
        return [.. pages.Where(p => wanted.Any(f => Matches(p, f)))];
    }

    static bool Matches(Page page, string filter) =>
        Covers(filter, page.RelativePath) || page.Embeds.Any(e => e.SamplePath is { } s && Covers(filter, s));

    static bool Covers(string filter, string path) =>
        filter == "." || path == filter || path.StartsWith(filter.TrimEnd('/') + "/", StringComparison.Ordinal);

    static string Normalize(string root, string filter)
    {
        var full = Path.GetFullPath(filter);
        if (!File.Exists(full) && !Directory.Exists(full)) full = Path.GetFullPath(Path.Combine(root, filter));
        return EmbedResolver.Relative(Path.GetFullPath(root), full);
    }
}
