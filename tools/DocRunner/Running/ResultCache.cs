using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DocRunner.Running;

/// <summary>
/// Successful runs stored under <c>obj/docrunner/cache</c>, keyed by everything that can change what they print
/// (see <see cref="SampleInputs"/>), this tool's build and the runtime's version. Each entry carries its key and a
/// digest of its content: an entry that is corrupt, unreadable or unwritable is a miss, never a crash or a verdict,
/// and the run says so in one warning line. A run without the cache neither reads nor writes it.
/// </summary>
public sealed class ResultCache(string root, bool enabled)
{
    const int Format = 4;
    static readonly string ToolIdentity = typeof(ResultCache).Assembly.ManifestModule.ModuleVersionId.ToString();
    readonly string directory = Path.Combine(root, "obj", "docrunner", "cache");
    readonly Lock problemsLock = new();
    string? firstProblem;
    int problemCount;

    sealed record Entry(string Key, string Digest, string Payload);

    public static string Key(params string[] parts)
    {
        var text = string.Join("\u0000", [Format.ToString(), ToolIdentity, Environment.Version.ToString(), .. parts]);
        return Digest(text);
    }

    /// <summary>One line saying which cache entries were ignored or not written, or null when none were.</summary>
    public string? Warning
    {
        get
        {
            lock (problemsLock)
                return firstProblem is null ? null
                    : $"warning: result cache: {firstProblem}{(problemCount > 1 ? $" (and {problemCount - 1} more cache problems)" : "")}; the samples concerned ran without it";
        }
    }

    public T? Get<T>(string key) where T : class
    {
        if (!enabled) return null;
        var path = Path.Combine(directory, key + ".json");
        try
        {
            if (!File.Exists(path)) return null;
            var entry = JsonSerializer.Deserialize<Entry>(File.ReadAllText(path));
            if (entry is { Key: { } stored, Digest: { } digest, Payload: { } payload } && stored == key && digest == Digest(payload)
                && JsonSerializer.Deserialize<T>(payload) is { } value)
                return value;
            Problem($"{Relative(path)} is corrupt and was ignored");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            Problem($"{Relative(path)} is corrupt and was ignored");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Problem($"{Relative(path)} could not be read ({e.Message.Split('\n')[0]}) and was ignored");
        }
        return null;
    }

    public void Put<T>(string key, T value)
    {
        if (!enabled) return;
        var path = Path.Combine(directory, key + ".json");
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(directory);
            var payload = JsonSerializer.Serialize(value);
            File.WriteAllText(temporary, JsonSerializer.Serialize(new Entry(key, Digest(payload), payload)));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Problem($"could not write {Relative(path)} ({e.Message.Split('\n')[0]})");
            try { File.Delete(temporary); } catch (Exception again) when (again is IOException or UnauthorizedAccessException) { }
        }
    }

    void Problem(string message)
    {
        lock (problemsLock)
        {
            firstProblem ??= message;
            problemCount++;
        }
    }

    string Relative(string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    static string Digest(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

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
