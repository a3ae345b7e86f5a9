namespace DocRunner.Discovery;

/// <summary>Reads and parses the pages docfx.json selects, keeping those the command-line paths ask for.</summary>
public static class PageLoader
{
    public static IReadOnlyList<Page> Load(DocfxProject project, IReadOnlyList<string> filters)
    {
        var pages = project.Pages
            .AsParallel().AsOrdered()
            .Select(path => Read(project.Root, path))
            .ToList();
        if (filters.Count == 0) return pages;
        var wanted = filters.Select(f => Normalize(project.Root, f)).ToList();
        foreach (var filter in wanted)
            if (!pages.Any(p => Matches(p, filter)))
                throw new ConfigurationException($"'{filter}' matches no page and no embedded sample");
        return [.. pages.Where(p => wanted.Any(f => Matches(p, f)))];
    }

    /// <summary>A page, or one that only carries the reason it was not read: a link to a file outside the repository.</summary>
    static Page Read(string root, string path)
    {
        var full = Path.Combine(root, path);
        if (!EmbedResolver.IsInside(EmbedResolver.RealPath(root), EmbedResolver.RealPath(full)))
        {
            var refused = new Page { RelativePath = path, FullPath = full, Text = PageText.FromString("") };
            refused.Problems.Add(new(path, 1, "the page is a link to a file outside the repository; it was neither read nor rewritten"));
            return refused;
        }
        return PageParser.Parse(root, path, File.ReadAllBytes(full));
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
