using System.Text;
using DocRunner.Pipeline;
using DocRunner.Reporting;

namespace DocRunner.Tests.Support;

/// <summary>A throw-away guide repository in a temporary folder: docfx.json, pages and samples written by a test.</summary>
public sealed class TestRepo : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("docrunner-test-").FullName;

    public TestRepo(string content = "\"docs/**/*.md\", \"docs/**/toc.yml\"")
    {
        Write("docfx.json", $$"""{ "build": { "content": [ { "files": [ {{content}} ] } ] } }""");
        Write("samples/Directory.Build.props", "<Project><PropertyGroup><PublishAot>false</PublishAot></PropertyGroup></Project>");
    }

    public TestRepo Write(string path, string text) => WriteBytes(path, Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Saves the way many editors do, to a scratch file that then replaces the old one, so a live preview refreshing
    /// at that moment sees the old content or the new, never a half-written file (which it would rightly run too).
    /// </summary>
    public TestRepo WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Root, path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var scratch = Path.Combine(folder, $".docrunner-save-{Guid.NewGuid():N}");
        File.WriteAllBytes(scratch, bytes);
        File.Move(scratch, full, overwrite: true);
        return this;
    }

    /// <summary>A page listed in docs/toc.yml that embeds each sample (no output blocks unless given).</summary>
    public TestRepo Page(string name, string body)
    {
        Write($"docs/{name}.md", body);
        var toc = Path.Combine(Root, "docs/toc.yml");
        File.AppendAllText(toc, $"- name: {name}\n  href: {name}.md\n");
        return this;
    }

    public TestRepo Sample(string path, string code) => Write($"samples/{path}", code);

    public string Read(string path) => File.ReadAllText(Path.Combine(Root, path));
    public byte[] ReadBytes(string path) => File.ReadAllBytes(Path.Combine(Root, path));

    public Task<RunReport> Verify(params string[] filters) => Run(update: false, filters);
    public Task<RunReport> Update(params string[] filters) => Run(update: true, filters);

    public Task<RunReport> Run(bool update, string[] filters, int timeoutSeconds = 30) =>
        GuideRun.ExecuteAsync(new RunOptions(Root, filters, update, UseCache: false, TimeSpan.FromSeconds(timeoutSeconds)));

    public static string Embed(string sample) => $"[!code-csharp[samples/{sample.Split('#')[0]}](../samples/{sample})]";

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}

public static class ReportExtensions
{
    public static CheckRecord Single(this RunReport report, string sample) =>
        report.Records.Single(r => r.Sample == $"samples/{sample}" && r.Region is null);

    public static CheckRecord Region(this RunReport report, string sample, string region) =>
        report.Records.Single(r => r.Sample == $"samples/{sample}" && r.Region == region);
}
