using DocRunner.Reporting;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Adversarial;

/// <summary>
/// Every file and link of a repository tree, byte for byte, so that a test can prove a run changed nothing:
/// no page rewritten, no file left behind. Links are recorded by their target and never followed; folders count
/// by the files in them; obj/docrunner (the tool's own cache) is left out.
/// </summary>
public sealed class TreeSnapshot
{
    readonly SortedDictionary<string, byte[]> entries = new(StringComparer.Ordinal);
    readonly string root;

    TreeSnapshot(string root)
    {
        this.root = root;
        Walk(root);
    }

    public static TreeSnapshot Of(TestRepo repo) => new(repo.Root);

    void Walk(string directory)
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(directory))
        {
            var relative = Path.GetRelativePath(root, path);
            if (relative == Path.Combine("obj", "docrunner")) continue; // the tool's own result cache: written by design
            FileSystemInfo info = Directory.Exists(path) && new DirectoryInfo(path).LinkTarget is null ? new DirectoryInfo(path) : new FileInfo(path);
            if (info.LinkTarget is { } target) entries[relative] = System.Text.Encoding.UTF8.GetBytes("link -> " + target);
            else if (info is DirectoryInfo) Walk(path);
            else entries[relative] = File.ReadAllBytes(path);
        }
    }

    /// <summary>Fails, naming each path, when the tree now differs from this snapshot in any byte.</summary>
    public void AssertUnchanged()
    {
        var now = new TreeSnapshot(root);
        var added = now.entries.Keys.Except(entries.Keys).ToList();
        var removed = entries.Keys.Except(now.entries.Keys).ToList();
        var changed = entries.Keys.Intersect(now.entries.Keys).Where(k => !entries[k].AsSpan().SequenceEqual(now.entries[k])).ToList();
        Assert.True(added.Count + removed.Count + changed.Count == 0,
            $"the repository changed: added [{string.Join(", ", added)}], removed [{string.Join(", ", removed)}], changed [{string.Join(", ", changed)}]");
    }
}

public static class AdversarialAssert
{
    /// <summary>
    /// The record names the sample, says what happened in a few words, and does not drown the reader: the
    /// failing sample's own flood never reaches the report.
    /// </summary>
    public static CheckRecord Clear(this RunReport report, string sample, CheckStatus status, string because)
    {
        var record = report.Single(sample);
        var text = string.Join("\n", [record.Message, .. record.Details]);
        Assert.True(record.Status == status, $"samples/{sample}: expected {status}, got {record.Status}: {Clip(text)}");
        Assert.Contains(because, text);
        Assert.Contains($"samples/{sample}", record.Message);
        Assert.True(text.Length < 8_000, $"samples/{sample}: the report holds {text.Length:N0} characters: {Clip(text)}");
        return record;
    }

    /// <summary>Every embed of these samples was verified: its output matched the page.</summary>
    public static void Verified(this RunReport report, params string[] samples)
    {
        foreach (var sample in samples)
            foreach (var record in report.Records.Where(r => r.Sample == $"samples/{sample}"))
                Assert.True(record.Status == CheckStatus.Passed,
                    $"{record.Page}:{record.Line} samples/{sample}: {record.Status}: {Clip(string.Join("\n", [record.Message, .. record.Details]))}");
        Assert.All(samples, s => Assert.Contains(report.Records, r => r.Sample == $"samples/{s}"));
    }

    public static string Clip(string text) => text.Length <= 2_000 ? text : text[..2_000] + $"… ({text.Length:N0} characters)";

    /// <summary>A page that embeds each sample once and shows the given output after it.</summary>
    public static string PageOf(params (string Sample, string Output)[] embeds) =>
        string.Join("\n", embeds.Select(e => $"{TestRepo.Embed(e.Sample)}\n\n```output\n{e.Output}{(e.Output.Length > 0 ? "\n" : "")}```\n")) ;
}

/// <summary>The processes of this machine whose command line holds a marker, seen through /proc.</summary>
public static class ProcessTable
{
    public static IReadOnlyList<int> WithArgument(string marker)
    {
        var found = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid)) continue;
            try
            {
                var arguments = File.ReadAllText(Path.Combine(directory, "cmdline")).Split('\0');
                if (arguments.Contains(marker)) found.Add(pid);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        return found;
    }

    /// <summary>Ends the processes a test's own samples started (found by their unique marker), by id.</summary>
    public static void KillAll(IEnumerable<int> pids)
    {
        foreach (var pid in pids)
            try { System.Diagnostics.Process.GetProcessById(pid).Kill(); } catch (Exception e) when (e is ArgumentException or InvalidOperationException) { }
    }
}
