using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using DocRunner.Samples;

namespace DocRunner.Running;

/// <summary>
/// Everything a sample's output can depend on, as cache-key parts. Build inputs are found by walking what the build
/// reads: the build files in every folder above the sample and above each <c>#:project</c> (and the projects those
/// reference, transitively, with all their files), the packages the last restore resolved, the SDK. Files the sample
/// reads at run time: it runs in an empty scratch folder, so the only way it can name a repository file on every
/// machine is relative to its own source; a sample (or a project it references) that asks for its source path
/// (<c>CallerFilePath</c>) or the repository's (<c>DOCRUNNER_ROOT</c>) is therefore never cached, and the data
/// files in its own folder (everything there but C# files) are part of every key all the same.
/// </summary>
public static class SampleInputs
{
    static readonly string[] BuildFileNames =
    [
        "Directory.Build.props", "Directory.Build.targets", "Directory.Build.rsp", "Directory.Packages.props",
        "NuGet.config", "nuget.config", "NuGet.Config", "global.json", ".editorconfig",
    ];

    static readonly string[] ReachesFiles = ["CallerFilePath", "DOCRUNNER_ROOT"];

    /// <summary>A sample's inputs: <see cref="Build"/> is known before it runs, <see cref="Packages"/> only after its restore.</summary>
    public sealed record Inputs(string Build, string Packages)
    {
        public string Key => ResultCache.Key("sample", Build, Packages);
    }

    sealed class UncacheableException : Exception;

    /// <summary>The inputs of <paramref name="sample"/>, or null when its output may depend on files no key can name.</summary>
    public static Inputs? Of(string root, SampleSource sample, TimeSpan timeout)
    {
        try { return Collect(root, sample, timeout); }
        catch (UncacheableException) { return null; }
    }

    static Inputs? Collect(string root, SampleSource sample, TimeSpan timeout)
    {
        if (ReachesFiles.Any(sample.Text.Contains)) return null;
        var parts = new List<string> { "sample", sample.RelativePath, sample.Text, timeout.ToString() };
        var folder = Path.GetDirectoryName(sample.FullPath)!;
        parts.Add(BuildFilesAbove(folder));
        parts.Add(FilesUnder(folder, include: path => !path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase)));
        if (sample.NeedsDotnetRun is null) return new Inputs(ResultCache.Key([.. parts]), "");

        parts.Add("sdk " + RestoreStamps.Sdk);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directive in sample.Directives.Where(d => d.Kind == "project"))
            if (!AddProject(Path.GetFullPath(Path.Combine(folder, directive.Value.Trim())), parts, seen)) return null;
        return new Inputs(ResultCache.Key([.. parts]), ResolvedPackages(BuiltFile(root, sample)));
    }

    /// <summary>Adds a referenced project's files and build files, and those of the projects it references; false when it reaches for files at run time.</summary>
    static bool AddProject(string reference, List<string> parts, HashSet<string> seen)
    {
        var projectFile = Directory.Exists(reference)
            ? Directory.EnumerateFiles(reference, "*.*proj").FirstOrDefault() ?? reference
            : reference;
        var directory = Directory.Exists(reference) ? reference : Path.GetDirectoryName(reference)!;
        if (!seen.Add(directory)) return true;
        var files = FilesUnder(directory, include: _ => true);
        if (ReachesFiles.Any(files.Contains)) return false;
        parts.Add("project " + directory);
        parts.Add(files);
        parts.Add(BuildFilesAbove(directory));
        foreach (var next in ProjectReferences(projectFile))
            if (!AddProject(Path.GetFullPath(Path.Combine(directory, next)), parts, seen)) return false;
        return true;
    }

    static IEnumerable<string> ProjectReferences(string projectFile)
    {
        if (!File.Exists(projectFile)) return [];
        try
        {
            return [.. XDocument.Load(projectFile).Descendants()
                .Where(e => e.Name.LocalName == "ProjectReference")
                .Select(e => (string?)e.Attribute("Include"))
                .OfType<string>()
                .Select(p => p.Replace('\\', '/'))];
        }
        catch (System.Xml.XmlException) { return []; } // the build reports it; the project's text is in the key anyway
    }

    static string BuildFilesAbove(string folder)
    {
        var text = new StringBuilder();
        for (var directory = folder; directory is not null; directory = Path.GetDirectoryName(directory))
            foreach (var name in BuildFileNames)
                AppendFile(text, Path.Combine(directory, name));
        return text.ToString();
    }

    /// <summary>Every file under <paramref name="directory"/> that passes the filter, skipping bin, obj and hidden folders.</summary>
    static string FilesUnder(string directory, Func<string, bool> include)
    {
        var text = new StringBuilder();
        if (!Directory.Exists(directory)) return "missing " + directory;
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0 };
        foreach (var file in Directory.EnumerateFiles(directory, "*", options).Order(StringComparer.Ordinal))
            if (include(file)) AppendFile(text, file);
        foreach (var sub in Directory.EnumerateDirectories(directory, "*", options).Order(StringComparer.Ordinal))
            if (Path.GetFileName(sub) is not ("bin" or "obj") && !Path.GetFileName(sub).StartsWith('.'))
                text.Append(FilesUnder(sub, include));
        return text.ToString();
    }

    static void AppendFile(StringBuilder text, string path)
    {
        if (!File.Exists(path)) return;
        text.Append(path).Append('\n');
        try { text.Append(File.ReadAllText(path)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new UncacheableException(); }
        text.Append('\n');
    }

    /// <summary>The file <c>dotnet build</c> is given for a sample: the sample, or its instrumented copy when it has regions.</summary>
    static string BuiltFile(string root, SampleSource sample) => sample.Regions.Count == 0
        ? sample.FullPath
        : Path.GetFullPath(Path.Combine(root, "obj", "docrunner", "dotnet-run", sample.RelativePath));

    /// <summary>
    /// The packages (name, version, content hash) the last restore of <paramref name="file"/> resolved, from the
    /// project.assets.json the SDK keeps for a file-based program; "none" before its first restore, so the key a
    /// run is stored under (computed after the run) differs from the one looked up before a first build.
    /// </summary>
    static string ResolvedPackages(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file.ToUpperInvariant())));
        string[] bases =
        [
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "dotnet", "runfile"),
            Path.Combine(Path.GetTempPath(), "dotnet", "runfile"),
        ];
        foreach (var folder in bases)
        {
            var assets = Path.Combine(folder, $"{name}-{hash}", "obj", "project.assets.json");
            if (!File.Exists(assets)) continue;
            try
            {
                using var json = JsonDocument.Parse(File.ReadAllText(assets));
                if (!json.RootElement.TryGetProperty("libraries", out var libraries)) throw new UncacheableException();
                return string.Join("\n", libraries.EnumerateObject().Select(l =>
                    l.Name + " " + (l.Value.TryGetProperty("sha512", out var sha) ? sha.GetString() : "") +
                    (l.Value.TryGetProperty("path", out var path) ? " " + path.GetString() : "")).Order(StringComparer.Ordinal));
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                throw new UncacheableException();
            }
        }
        return "none";
    }
}
