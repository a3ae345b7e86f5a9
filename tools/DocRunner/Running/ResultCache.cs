using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DocRunner.Running;

/// <summary>
/// Successful runs stored under <c>obj/docrunner/cache</c>, keyed by everything that can change what a sample
/// prints: its path and text, the build props around it, its timeout, this tool's build and the runtime's version.
/// </summary>
public sealed class ResultCache(string root, bool enabled)
{
    const int Format = 3;
    static readonly string ToolIdentity = typeof(ResultCache).Assembly.ManifestModule.ModuleVersionId.ToString();
    readonly string directory = Path.Combine(root, "obj", "docrunner", "cache");

    public static string Key(params string[] parts)
    {
        var text = string.Join("\u0000", [Format.ToString(), ToolIdentity, Environment.Version.ToString(), .. parts]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public T? Get<T>(string key) where T : class
    {
        if (!enabled) return null;
        var path = Path.Combine(directory, key + ".json");
        try { return File.Exists(path) ? JsonSerializer.Deserialize<T>(File.ReadAllText(path)) : null; }
        catch (Exception e) when (e is JsonException or IOException) { return null; }
    }

    public void Put<T>(string key, T value)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, key + ".json");
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(value));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The Directory.Build.props/targets files above a sample, inside the root: they change its build.</summary>
    public static string BuildFilesAbove(string root, string samplePath)
    {
        var text = new StringBuilder();
        var rootFull = Path.GetFullPath(root);
        for (var directory = Path.GetDirectoryName(Path.Combine(rootFull, samplePath));
             directory is not null && Discovery.EmbedResolver.IsInside(rootFull, directory);
             directory = Path.GetDirectoryName(directory))
            foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets" })
            {
                var path = Path.Combine(directory, name);
                if (File.Exists(path)) text.Append(path).Append(File.ReadAllText(path));
            }
        return text.ToString();
    }
}
