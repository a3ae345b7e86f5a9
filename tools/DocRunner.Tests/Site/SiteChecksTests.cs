using DocRunner.Reporting;
using DocRunner.Scaffolding;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Site;

public class SiteChecksTests
{
    [Fact]
    public async Task Links_anchors_tocs_and_reachability_are_checked()
    {
        using var repo = new TestRepo()
            .Page("a", "# Page A\n\n## Waiting for all of them\n\nSee [b](b.md#the-end), [bad anchor](b.md#nowhere), [missing](gone.md),\n[self](#waiting-for-all-of-them), [web](https://example.org) and [root](/docs/b.md).\n")
            .Page("b", "# Page B\n\n## The end\n")
            .Write("docs/lost.md", "# Nobody links here\n");
        File.AppendAllText(Path.Combine(repo.Root, "docs/toc.yml"), "- name: Ghost\n  href: ghost.md\n");

        var report = await repo.Verify();
        var problems = report.Records.Where(r => r.Failed).Select(r => $"{r.Page}:{r.Line} {r.Message}").ToList();

        Assert.Contains(problems, p => p.StartsWith("docs/a.md:5") && p.Contains("no heading with the anchor '#nowhere'"));
        Assert.Contains(problems, p => p.StartsWith("docs/a.md:5") && p.Contains("'gone.md' points to a file that does not exist"));
        Assert.Contains(problems, p => p.StartsWith("docs/a.md:6") && p.Contains("absolute"));
        Assert.Contains(problems, p => p.StartsWith("docs/toc.yml:") && p.Contains("'ghost.md' does not exist"));
        Assert.Contains(problems, p => p.StartsWith("docs/lost.md:1") && p.Contains("no toc.yml links to this page"));
        Assert.Equal(5, problems.Count);
    }

    [Fact]
    public async Task An_embed_must_name_its_sample_so_the_site_can_label_it()
    {
        using var repo = new TestRepo()
            .Sample("a/x.cs", "Console.WriteLine(1);\n")
            .Page("x", "[!code-csharp[](../samples/a/x.cs)]\n\n```output\n1\n```\n");
        var report = await repo.Verify();
        Assert.Contains(report.Records, r => r.Failed && r.Message.Contains("[!code-csharp[samples/a/x.cs](../samples/a/x.cs)]"));
    }

    [Fact]
    public async Task A_new_chapter_verifies_after_one_update()
    {
        using var repo = new TestRepo().Page("first", "# First\n");
        var created = ChapterScaffold.Create(repo.Root, "Retries: and backoff");
        Assert.Equal(["docs/retries-and-backoff.md", "samples/retries-and-backoff/hello.cs"], created.Created);
        Assert.Equal(["docs/toc.yml"], created.Changed);
        Assert.EndsWith("- name: \"Retries: and backoff\"\n  href: retries-and-backoff.md\n", repo.Read("docs/toc.yml"));

        Assert.Equal(1 + ChapterScaffold.Placeholders.Count, (await repo.Verify()).Failed);
        Assert.Equal(ChapterScaffold.Placeholders.Count, (await repo.Update()).Failed);
        var page = repo.Read("docs/retries-and-backoff.md");
        foreach (var placeholder in ChapterScaffold.Placeholders) page = page.Replace(placeholder, "Written by the author.");
        repo.Write("docs/retries-and-backoff.md", page);
        var verified = await repo.Verify();
        Assert.Equal(0, verified.Failed);
        Assert.Contains("Waited without blocking a thread: True", repo.Read("docs/retries-and-backoff.md"));
        Assert.Throws<DocRunner.Discovery.ConfigurationException>(() => ChapterScaffold.Create(repo.Root, "Retries: and backoff"));
    }
}
