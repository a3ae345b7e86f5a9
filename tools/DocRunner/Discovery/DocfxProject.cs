using System.Text.Json;
using Microsoft.Extensions.FileSystemGlobbing;

namespace DocRunner.Discovery;

/// <summary>Thrown for a problem with the run's configuration; the command exits with 2.</summary>
public sealed class ConfigurationException(string message) : Exception(message);

/// <summary>The files selected by docfx.json's <c>build.content</c>: the pages and the table-of-contents files.</summary>
public sealed record DocfxProject(string Root, IReadOnlyList<string> ContentFiles)
{
    public IEnumerable<string> Pages => ContentFiles.Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase));
    public IEnumerable<string> Tocs => ContentFiles.Where(f => Path.GetFileName(f).Equals("toc.yml", StringComparison.OrdinalIgnoreCase));

    public static DocfxProject Load(string root)
    {
        var path = Path.Combine(root, "docfx.json");
        if (!File.Exists(path))
            throw new ConfigurationException($"{path}: not found; the pages to check are the ones docfx.json's build.content selects");
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllText(path),
                new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ConfigurationException($"docfx.json({(e.LineNumber ?? 0) + 1}): malformed JSON: {e.Message}");
        }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object
                || !json.RootElement.TryGetProperty("build", out var build)
                || !build.TryGetProperty("content", out var content))
                throw new ConfigurationException("docfx.json: has no build.content, so it selects no pages");

            var files = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var item in Items(content))
                foreach (var file in Expand(root, item))
                    files.Add(file);
            return new DocfxProject(root, [.. files]);
        }
    }

    sealed record ContentItem(string[] Files, string[] Exclude, string Source);

    static IEnumerable<ContentItem> Items(JsonElement content) => content.ValueKind switch
    {
        JsonValueKind.String => [new([content.GetString()!], [], "")],
        JsonValueKind.Array => content.EnumerateArray().SelectMany(Items),
        JsonValueKind.Object => [new(Strings(content, "files"), Strings(content, "exclude"),
            content.TryGetProperty("src", out var src) ? src.GetString() ?? "" : "")],
        _ => throw new ConfigurationException("docfx.json: build.content must be a string, an array or file-mapping objects"),
    };

    static string[] Strings(JsonElement item, string name) =>
        !item.TryGetProperty(name, out var value) ? []
        : value.ValueKind == JsonValueKind.String ? [value.GetString()!]
        : value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(v => v.GetString() ?? "")]
        : throw new ConfigurationException($"docfx.json: '{name}' must be a string or an array of strings");

    static IEnumerable<string> Expand(string root, ContentItem item)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(item.Files);
        matcher.AddExcludePatterns(item.Exclude);
        matcher.AddExcludePatterns(["**/bin/**", "**/obj/**", "**/node_modules/**", "_site/**"]);
        var baseDirectory = Path.GetFullPath(Path.Combine(root, item.Source));
        return matcher.GetResultsInFullPath(baseDirectory)
            .Select(full => EmbedResolver.Relative(Path.GetFullPath(root), full));
    }
}
