using System.Security.Cryptography;
using System.Text;
using DocRunner.Comparing;
using DocRunner.Discovery;
using DocRunner.Pipeline;
using DocRunner.Running;
using DocRunner.Samples;

namespace DocRunner.Preview.Live;

/// <summary>The guide as read for one refresh.</summary>
public sealed record GuideSnapshot(
    DocfxProject Project, IReadOnlyList<Page> Pages, SampleSet Samples,
    /// <summary>Changes when docfx.json or any toc.yml changes.</summary>
    string SiteStamp,
    /// <summary>Sample path → a key that changes whenever anything that decides what the sample prints changes.</summary>
    IReadOnlyDictionary<string, string> SampleKeys,
    /// <summary>True when a page, a toc or docfx.json differs from the previous read.</summary>
    bool StructureChanged);

/// <summary>
/// Reads docfx.json, the tocs, the pages and the samples they embed, every time, but parses again only the files whose
/// bytes changed since the previous read: a refresh after one saved file costs little more than reading the files.
/// </summary>
public sealed class GuideReader(string root, TimeSpan defaultTimeout)
{
    readonly Dictionary<string, Page> pages = new(StringComparer.Ordinal);
    readonly Dictionary<string, SampleSource> sources = new(StringComparer.Ordinal);
    string siteStamp = "";

    public GuideSnapshot Read()
    {
        var project = DocfxProject.Load(root);
        var structureChanged = false;

        var stampText = new StringBuilder(File.ReadAllText(Path.Combine(root, "docfx.json")));
        foreach (var toc in project.Tocs) stampText.Append('\0').Append(toc).Append('\0').Append(ReadText(toc));
        var stamp = Hash(stampText.ToString());
        if (stamp != siteStamp)
        {
            siteStamp = stamp;
            structureChanged = true;
        }

        var loaded = new List<Page>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in project.Pages)
        {
            var bytes = File.ReadAllBytes(Path.Combine(root, path));
            if (!pages.TryGetValue(path, out var page) || !page.Text.Bytes.AsSpan().SequenceEqual(bytes))
            {
                page = PageParser.Parse(root, path, bytes);
                pages[path] = page;
                structureChanged = true;
            }
            loaded.Add(page);
            seen.Add(path);
        }
        foreach (var gone in pages.Keys.Where(k => !seen.Contains(k)).ToList())
        {
            pages.Remove(gone);
            structureChanged = true;
        }

        // The samples, as SampleSet.From gathers them: each once, with the longest timeout any of its blocks asks for.
        var samples = new SampleSet();
        foreach (var embed in loaded.SelectMany(p => p.Embeds).Where(e => e.IsRunnable && e.SamplePath is not null))
        {
            var path = embed.SamplePath!;
            if (!samples.Sources.ContainsKey(path)) samples.Sources[path] = Source(path);
            var timeout = embed.Output is { } block ? OutputModes.Parse(block.Info, out _).Timeout ?? defaultTimeout : defaultTimeout;
            samples.Timeouts[path] = samples.Timeouts.TryGetValue(path, out var known) && known > timeout ? known : timeout;
        }
        foreach (var gone in sources.Keys.Where(k => !samples.Sources.ContainsKey(k)).ToList()) sources.Remove(gone);

        var buildFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, source) in samples.Sources)
        {
            var folder = Path.GetDirectoryName(path) ?? "";
            if (!buildFiles.TryGetValue(folder, out var props)) buildFiles[folder] = props = ResultCache.BuildFilesAbove(root, path);
            keys[path] = Hash(path, source.Text, props, samples.Timeouts[path].ToString());
        }
        return new GuideSnapshot(project, loaded, samples, siteStamp, keys, structureChanged);
    }

    SampleSource Source(string path)
    {
        var text = ReadText(path);
        if (sources.TryGetValue(path, out var known) && known.Text == text) return known;
        var source = SampleSource.Parse(path, Path.Combine(root, path), text);
        sources[path] = source;
        return source;
    }

    string ReadText(string path) => File.ReadAllText(Path.Combine(root, path));

    public static string Hash(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u0000", parts))))[..32];
}
