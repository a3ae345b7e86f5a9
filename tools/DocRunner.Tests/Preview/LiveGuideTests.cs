using System.Collections.Concurrent;
using DocRunner.Preview.Live;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Preview;

/// <summary>
/// The live preview's change detection: what a save makes run again (only what changed), which pages it changes,
/// and how bad states show up in the pages while everything keeps being served. Samples really run.
/// </summary>
public class LiveGuideTests
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);

    static LiveGuide Guide(TestRepo repo, bool update = false, bool watch = false) =>
        new(repo.Root, new LiveOptions(update, TimeSpan.FromSeconds(30), Watch: watch));

    static string Embed(string sample) => TestRepo.Embed(sample);

    [Fact]
    public async Task Saving_one_sample_runs_only_that_sample_and_changes_only_its_page_without_writing_it()
    {
        using var repo = new TestRepo()
            .Sample("a/x.cs", "Console.WriteLine(\"x1\");\n")
            .Sample("a/y.cs", "Console.WriteLine(\"y\");\n")
            .Page("x", $"# X\n\n{Embed("a/x.cs")}\n\n```output\nx1\n```\n")
            .Page("y", $"# Y\n\n{Embed("a/y.cs")}\n\n```output\ny\n```\n");
        await using var guide = Guide(repo);
        var ran = new ConcurrentQueue<string>();
        guide.JobFinished += done => ran.Enqueue(done.Label);
        await guide.WaitUntilCheckedAsync(Patience);
        Assert.Equal(["samples/a/x.cs", "samples/a/y.cs"], ran.Order());
        Assert.DoesNotContain("docrunner-check", guide.Find("docs/x.html")!.Html);
        Assert.DoesNotContain("docrunner-check", guide.Find("docs/y.html")!.Html);

        ran.Clear();
        var changes = new ConcurrentQueue<SiteChange>();
        guide.Changed += changes.Enqueue;
        var page = repo.ReadBytes("docs/x.md");
        repo.Sample("a/x.cs", "Console.WriteLine(\"x2\");\n");
        await guide.WaitUntilCheckedAsync(Patience);

        Assert.Equal(["samples/a/x.cs"], ran);
        Assert.NotEmpty(changes);
        Assert.All(changes, change => Assert.Equal(["docs/x.md"], change.Pages));
        var html = guide.Find("docs/x.html")!.Html;
        Assert.Contains("data-status=\"drift\"", html);
        Assert.Contains("<span class=\"docrunner-line is-added\">x2</span>", html);
        Assert.Equal(page, repo.ReadBytes("docs/x.md"));
    }

    [Fact]
    public async Task A_save_that_changes_nothing_runs_nothing_and_prose_only_rerenders_its_page()
    {
        using var repo = new TestRepo()
            .Sample("a/x.cs", "Console.WriteLine(\"x\");\n")
            .Page("x", $"# X\n\n{Embed("a/x.cs")}\n\n```output\nx\n```\n")
            .Page("y", "# Y\n\nProse.\n");
        await using var guide = Guide(repo);
        await guide.WaitUntilCheckedAsync(Patience);
        var ran = new ConcurrentQueue<string>();
        guide.JobFinished += done => ran.Enqueue(done.Label);
        var changes = new ConcurrentQueue<SiteChange>();
        guide.Changed += changes.Enqueue;

        repo.Sample("a/x.cs", "Console.WriteLine(\"x\");\n");
        await guide.RefreshAsync();
        Assert.Empty(changes);

        repo.Write("docs/y.md", "# Y\n\nOther prose.\n");
        await guide.WaitUntilCheckedAsync(Patience);
        Assert.Empty(ran);
        Assert.Equal(["docs/y.md"], changes.Single().Pages);
        Assert.Contains("Other prose.", guide.Find("docs/y.html")!.Html);
    }

    [Fact]
    public async Task Compile_errors_timeouts_and_broken_embeds_are_shown_in_the_page_and_a_fix_clears_them()
    {
        using var repo = new TestRepo()
            .Sample("a/broken.cs", "Console.WriteLine(\"ok\");\nint x = \"text\";\n")
            .Sample("a/hangs.cs", "Console.WriteLine(\"start\");\nawait Task.Delay(60_000);\n")
            .Sample("a/fine.cs", "#region one\nConsole.WriteLine(\"fine\");\n#endregion\n")
            .Page("p", $"# P\n\n{Embed("a/broken.cs")}\n\n```output\nok\n```\n\n{Embed("a/hangs.cs")}\n\n```output timeout=1\nstart\n```\n\n" +
                       $"{Embed("a/missing.cs")}\n\n{Embed("a/fine.cs#nope")}\n\n{Embed("a/fine.cs#one")}\n\n```output\nfine\n```\n");
        await using var guide = Guide(repo);
        await guide.WaitUntilCheckedAsync(Patience);

        var html = guide.Find("docs/p.html")!.Html;
        Assert.Contains("data-status=\"compile-error\"", html);
        Assert.Contains("CS0029", html);
        Assert.Contains("data-status=\"timeout\"", html);
        Assert.Contains("did not finish within 1 s", html);
        Assert.Contains("embedded file &#39;samples/a/missing.cs&#39; does not exist", html);
        Assert.Contains("has no region or tag named &#39;nope&#39;", html);
        Assert.Contains("link &#39;../samples/a/missing.cs&#39; points to a file that does not exist", html);
        Assert.Equal(5, html.Split("class=\"docrunner-check ").Length - 1);

        repo.Sample("a/broken.cs", "Console.WriteLine(\"ok\");\n");
        await guide.WaitUntilCheckedAsync(Patience);
        html = guide.Find("docs/p.html")!.Html;
        Assert.DoesNotContain("compile-error", html);
        Assert.Equal(4, html.Split("class=\"docrunner-check ").Length - 1);
    }

    [Fact]
    public async Task With_update_the_outputs_are_written_into_the_page_as_update_does()
    {
        using var repo = new TestRepo()
            .Sample("a/x.cs", "Console.WriteLine(\"now\");\n")
            .Sample("a/y.cs", "Console.WriteLine(\"new\");\n")
            .Page("x", $"# X\n\n{Embed("a/x.cs")}\n\n```output\nthen\n```\n\n{Embed("a/y.cs")}\n");
        await using var guide = Guide(repo, update: true);
        await guide.WaitUntilCheckedAsync(Patience);

        Assert.Equal($"# X\n\n{Embed("a/x.cs")}\n\n```output\nnow\n```\n\n{Embed("a/y.cs")}\n\n```output\nnew\n```\n", repo.Read("docs/x.md"));
        Assert.DoesNotContain("docrunner-check", guide.Find("docs/x.html")!.Html);
    }

    [Fact]
    public async Task Inline_csharp_that_does_not_compile_and_a_malformed_docfx_json_are_shown_not_thrown()
    {
        using var repo = new TestRepo().Page("x", "# X\n\n```csharp\nint x = \"text\";\n```\n\n```csharp fragment\nnot code\n```\n");
        await using var guide = Guide(repo);
        await guide.WaitUntilCheckedAsync(Patience);
        Assert.Contains("this csharp block does not compile", guide.Find("docs/x.html")!.Html);

        repo.Write("docfx.json", "{ not json");
        await guide.RefreshAsync();
        Assert.Contains("malformed JSON", guide.Find("docs/x.html")!.Html);
        Assert.Contains("malformed JSON", Assert.Single(guide.SiteProblems));

        repo.Write("docfx.json", """{ "build": { "content": [ { "files": [ "docs/**/*.md", "docs/**/toc.yml" ] } ] } }""");
        await guide.RefreshAsync();
        Assert.DoesNotContain("malformed JSON", guide.Find("docs/x.html")!.Html);
    }

    [Fact]
    public async Task The_watcher_sees_a_saved_sample_and_the_page_changes_by_itself()
    {
        using var repo = new TestRepo()
            .Sample("a/x.cs", "Console.WriteLine(\"before\");\n")
            .Page("x", $"# X\n\n{Embed("a/x.cs")}\n\n```output\nbefore\n```\n");
        await using var guide = Guide(repo, watch: true);
        await guide.WaitUntilCheckedAsync(Patience);
        var shown = new TaskCompletionSource();
        guide.Changed += _ =>
        {
            if (guide.Find("docs/x.html")?.Html.Contains("<span class=\"docrunner-line is-added\">after</span>") == true) shown.TrySetResult();
        };

        File.WriteAllText(Path.Combine(repo.Root, "samples/a/x.cs"), "Console.WriteLine(\"after\");\n");
        await shown.Task.WaitAsync(Patience);
        Assert.NotNull(guide.LastEdit);
        Assert.Equal("samples/a/x.cs", guide.LastEdit!.Sample);
    }

    [Theory]
    [InlineData("docs/x.md", true)]
    [InlineData("samples/a/x.cs", true)]
    [InlineData("samples/Directory.Build.props", true)]
    [InlineData("toc.yml", true)]
    [InlineData("obj/docrunner/cache/abc.json", false)]
    [InlineData("samples/a/obj/x.json", false)]
    [InlineData("tools/prose/node_modules/x/index.js", false)]
    [InlineData(".git/index", false)]
    [InlineData("_site/index.html", false)]
    [InlineData("docs/.x.md.0123.tmp", false)]
    [InlineData("docs/x.md~", false)]
    [InlineData("docs/.x.md.swp", false)]
    public void Only_changes_that_can_change_the_preview_count(string path, bool relevant) =>
        Assert.Equal(relevant, ChangeWatcher.IsRelevant(path));
}
