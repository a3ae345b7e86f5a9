using System.Collections.Concurrent;
using DocRunner.Preview.Live;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Preview;

/// <summary>
/// The live preview's change detection: what a save makes run again (only what changed), which pages' overlay or
/// DocFX HTML it changes, and how bad states show up in the overlay while everything keeps being served. Samples
/// really run; DocFX really builds where a test says so (the pinned tool, restored on this machine).
/// </summary>
public class LiveGuideTests
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);

    static LiveGuide Guide(TestRepo repo, bool update = false, bool watch = false, bool build = false)
    {
        if (build) repo.PinDocfx();
        return new(repo.Root, new LiveOptions(update, TimeSpan.FromSeconds(30), Watch: watch, Build: build));
    }

    /// <summary>The overlay's boxes on a page as text (one per line: label, message, details), for tests to search.</summary>
    static string Overlay(LiveGuide guide, string page) =>
        string.Join("\n", Items(guide, page).Select(i => $"[{i.Label}] {i.Message} {string.Join(" ", i.Details)}"));

    static IReadOnlyList<OverlayItem> Items(LiveGuide guide, string page) => guide.Pages.Single(p => p.PagePath == page).Items;

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
        Assert.Empty(Items(guide, "docs/x.md"));
        Assert.Empty(Items(guide, "docs/y.md"));

        ran.Clear();
        var changes = new ConcurrentQueue<SiteChange>();
        guide.Changed += changes.Enqueue;
        var page = repo.ReadBytes("docs/x.md");
        repo.Sample("a/x.cs", "Console.WriteLine(\"x2\");\n");
        await guide.WaitUntilCheckedAsync(Patience);

        Assert.Equal(["samples/a/x.cs"], ran);
        Assert.NotEmpty(changes);
        Assert.All(changes, change => Assert.Equal(["docs/x.md"], change.Pages));
        var drift = Assert.Single(Items(guide, "docs/x.md"));
        Assert.Equal(("drift", "samples/a/x.cs"), (drift.Kind, drift.Sample));
        Assert.Contains(new OverlayLine("x2", "added"), drift.Printed!);
        Assert.Contains(new OverlayLine("x1", "removed"), drift.OnPage!);
        Assert.Equal(page, repo.ReadBytes("docs/x.md"));
    }

    [Fact]
    public async Task A_save_that_changes_nothing_runs_nothing_and_prose_only_rebuilds_with_docfx_changing_only_its_page()
    {
        using var repo = new TestRepo()
            .Sample("a/x.cs", "Console.WriteLine(\"x\");\n")
            .Page("x", $"# X\n\n{Embed("a/x.cs")}\n\n```output\nx\n```\n")
            .Page("y", "# Y\n\nProse.\n");
        await using var guide = Guide(repo, build: true);
        await guide.WaitUntilCheckedAsync(Patience);
        Assert.Contains("Prose.", File.ReadAllText(Path.Combine(guide.SiteFolder, "docs/y.html")));
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
        var change = changes.Single();
        Assert.Empty(change.Pages);
        Assert.Equal(["docs/y.md"], change.Rebuilt);
        Assert.Contains("Other prose.", File.ReadAllText(Path.Combine(guide.SiteFolder, "docs/y.html")));
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "_site")));
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

        var html = Overlay(guide, "docs/p.md");
        Assert.Contains("[compile error]", html);
        Assert.Contains("CS0029", html);
        Assert.Contains("[timeout]", html);
        Assert.Contains("did not finish within 1 s", html);
        Assert.Contains("embedded file 'samples/a/missing.cs' does not exist", html);
        Assert.Contains("has no region or tag named 'nope'", html);
        Assert.Contains("link '../samples/a/missing.cs' points to a file that does not exist", html);
        Assert.Equal(5, Items(guide, "docs/p.md").Count);

        repo.Sample("a/broken.cs", "Console.WriteLine(\"ok\");\n");
        await guide.WaitUntilCheckedAsync(Patience);
        html = Overlay(guide, "docs/p.md");
        Assert.DoesNotContain("compile error", html);
        Assert.Equal(4, Items(guide, "docs/p.md").Count);
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
        Assert.Empty(Items(guide, "docs/x.md"));
    }

    [Fact]
    public async Task Inline_csharp_that_does_not_compile_and_a_malformed_docfx_json_are_shown_not_thrown()
    {
        using var repo = new TestRepo().Page("x", "# X\n\n```csharp\nint x = \"text\";\n```\n\n```csharp fragment\nnot code\n```\n");
        await using var guide = Guide(repo);
        await guide.WaitUntilCheckedAsync(Patience);
        Assert.Contains("this csharp block does not compile", Overlay(guide, "docs/x.md"));

        repo.Write("docfx.json", "{ not json");
        await guide.RefreshAsync();
        Assert.Contains("malformed JSON", Assert.Single(guide.SiteProblems));
        Assert.Contains("this csharp block does not compile", Overlay(guide, "docs/x.md"));

        repo.Write("docfx.json", """{ "build": { "content": [ { "files": [ "docs/**/*.md", "docs/**/toc.yml" ] } ] } }""");
        await guide.RefreshAsync();
        Assert.Empty(guide.SiteProblems);
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
            if (guide.Pages.SingleOrDefault(p => p.PagePath == "docs/x.md")?.Items.Any(i => i.Printed?.Contains(new OverlayLine("after", "added")) == true) == true)
                shown.TrySetResult();
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
