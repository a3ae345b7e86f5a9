using System.Text.Json;

namespace DocRunner.Preview.Site;

/// <summary>
/// What docfx.json says about the site as a whole (<c>build.globalMetadata</c>) and which files it copies as they are
/// (<c>build.resource</c>): the title, brand name, footer, logo, favicon and the repository pages link to.
/// </summary>
public sealed record SiteInfo(
    string AppTitle, string AppName, string Footer, string? LogoPath, string? FaviconPath,
    string? RepositoryUrl, string Branch, IReadOnlyList<string> ResourcePatterns, IReadOnlyList<string> TemplateFolders)
{
    public static SiteInfo Load(string root)
    {
        var fallback = new SiteInfo("", "", "", null, null, null, "main", [], Folders(root, ["template"]));
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "docfx.json")),
                new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (Exception e) when (e is JsonException or IOException) { return fallback; }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("build", out var build)
                || build.ValueKind != JsonValueKind.Object) return fallback;
            var meta = build.TryGetProperty("globalMetadata", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
            string? Text(JsonElement element, string name) =>
                element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            var contribute = meta.ValueKind == JsonValueKind.Object && meta.TryGetProperty("_gitContribute", out var c) ? c : default;
            var title = Text(meta, "_appTitle") ?? "";
            return new SiteInfo(title, Text(meta, "_appName") ?? title, Text(meta, "_appFooter") ?? "",
                Text(meta, "_appLogoPath"), Text(meta, "_appFaviconPath"),
                Text(contribute, "repo")?.TrimEnd('/'), Text(contribute, "branch") ?? "main",
                build.TryGetProperty("resource", out var resource) ? [.. Patterns(resource)] : [],
                Folders(root, build.TryGetProperty("template", out var template) ? Patterns(template) : []));
        }
    }

    /// <summary>The template entries that are folders of the repository (not DocFX's built-in "default" or "modern"), in order: the last wins.</summary>
    static IReadOnlyList<string> Folders(string root, IEnumerable<string> entries) =>
        [.. entries.Where(e => e.Length > 0 && !e.Contains("..") && Directory.Exists(Path.Combine(root, e))).Select(e => e.Replace('\\', '/').TrimEnd('/'))];

    static IEnumerable<string> Patterns(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Patterns),
        JsonValueKind.Object when element.TryGetProperty("files", out var files) => Patterns(files),
        _ => [],
    };

    /// <summary>The "edit this page" address DocFX writes into <c>docfx:docurl</c>; the template's script reads the repository from it.</summary>
    public string? DocUrl(string pagePath) => RepositoryUrl is null ? null : $"{RepositoryUrl}/blob/{Branch}/{pagePath}";
}
