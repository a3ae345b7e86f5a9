using DocRunner.Preview.Markdown;
using DocRunner.Reporting;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Preview;

/// <summary>The Markdown the guide uses, rendered in DocFX's markup so that the template's main.js and main.css apply.</summary>
public class PageRendererTests
{
    static string Render(TestRepo repo, string page, PageChecks? checks = null) =>
        PageRenderer.Render(repo.Read(page), new RenderContext
        {
            Root = repo.Root, PagePath = page, Checks = checks ?? PageChecks.None, ReadSample = RenderContext.FromDisk(repo.Root),
        }).Html;

    [Fact]
    public void An_embed_with_a_region_shows_that_region_named_as_docfx_names_it()
    {
        using var repo = new TestRepo()
            .Sample("a/x.cs", "Console.WriteLine(0);\n#region shown\n    Console.WriteLine(\"<1>\");\n#endregion\n")
            .Page("x", $"# X\n\n{TestRepo.Embed("a/x.cs#shown")}\n");
        var html = Render(repo, "docs/x.md");
        Assert.Contains("<pre><code class=\"lang-csharp\" name=\"samples/a/x.cs\">Console.WriteLine(&quot;&lt;1&gt;&quot;);\n</code></pre>", html);
    }

    [Fact]
    public void An_embed_inside_a_quote_or_right_under_a_paragraph_is_still_an_include()
    {
        using var repo = new TestRepo()
            .Sample("a/x.cs", "Console.WriteLine(0);\n")
            .Page("x", $"Some text\n{TestRepo.Embed("a/x.cs")}\n\n> {TestRepo.Embed("a/x.cs#L1")}\n");
        var html = Render(repo, "docs/x.md");
        Assert.Equal(2, html.Split("<code class=\"lang-csharp\"").Length - 1);
        Assert.Contains("<blockquote>", html);
    }

    [Fact]
    public void A_missing_file_renders_docfx_warning_and_the_broken_embed()
    {
        using var repo = new TestRepo().Page("x", $"{TestRepo.Embed("a/none.cs")}\n");
        var html = Render(repo, "docs/x.md");
        Assert.Contains("<div class=\"WARNING alert alert-warning\">", html);
        Assert.Contains("data-status=\"broken-embed\"", html);
        Assert.Contains("embedded file &#39;samples/a/none.cs&#39; does not exist", html);
    }

    [Fact]
    public void Alerts_render_as_docfx_notes()
    {
        using var repo = new TestRepo().Page("x", "> [!NOTE]\n> Tasks start **hot**.\n\n> [!WARNING]\n> Careful.\n\n> plain quote\n");
        var html = Render(repo, "docs/x.md");
        Assert.Contains("<div class=\"NOTE alert alert-info\">\n<h5>Note</h5>\n<p>Tasks start <strong>hot</strong>.</p>\n</div>", html);
        Assert.Contains("<div class=\"WARNING alert alert-warning\">", html);
        Assert.Contains("<blockquote>\n<p>plain quote</p>\n</blockquote>", html);
    }

    [Fact]
    public void Tabs_become_a_tab_group_that_ends_at_a_thematic_break()
    {
        using var repo = new TestRepo().Page("x",
            "# [C#](#tab/csharp)\n\nIn C#.\n\n## Inside\n\n# [Python](#tab/python)\n\nIn Python.\n\n---\n\nAfter the tabs.\n");
        var html = Render(repo, "docs/x.md");
        Assert.Contains("<div class=\"tabGroup\" id=\"tabgroup_1\">", html);
        Assert.Contains("<a href=\"#tabpanel_1_csharp\" role=\"tab\" class=\"nav-link active\" aria-controls=\"tabpanel_1_csharp\" data-tab=\"csharp\" tabindex=\"0\" aria-selected=\"true\">C#</a>", html);
        Assert.Contains("<section id=\"tabpanel_1_python\" role=\"tabpanel\" data-tab=\"python\" class=\"card\" aria-hidden=\"true\" hidden=\"hidden\">\n<p>In Python.</p>\n</section>", html);
        Assert.Contains("<h2 id=\"inside\">Inside</h2>\n</section>", html);
        Assert.DoesNotContain("<hr", html);
        Assert.EndsWith("</div>\n<p>After the tabs.</p>\n", html);
    }

    [Fact]
    public void Code_blocks_use_docfx_classes_for_output_interactive_sessions_and_mermaid()
    {
        using var repo = new TestRepo().Page("x",
            "```output approx=0.1\ntook 1.0 s\n```\n\n```csharp-interactive\n> 1 + 1\n2\n```\n\n```mermaid\ngraph LR\n  A --> B\n```\n\n    indented\n");
        var html = Render(repo, "docs/x.md");
        Assert.Contains("<pre><code class=\"lang-output\">took 1.0 s\n</code></pre>", html);
        Assert.Contains("<pre><code class=\"lang-csharp\" data-interactive=\"csharp\">&gt; 1 + 1\n2\n</code></pre>", html);
        Assert.Contains("<pre><code class=\"lang-mermaid\">graph LR\n  A --&gt; B\n</code></pre>", html);
        Assert.Contains("<pre><code>indented\n</code></pre>", html);
    }

    [Fact]
    public void Links_to_pages_point_at_their_html_and_headings_get_anchors()
    {
        using var repo = new TestRepo().Page("x", "# Title\n\n## Why `await`?\n\nSee [y](y.md#part), [home](../index.md) and [web](https://example.com/a.md).\n");
        var rendered = PageRenderer.Render(repo.Read("docs/x.md"), new RenderContext { Root = repo.Root, PagePath = "docs/x.md" });
        Assert.Contains("<a href=\"y.html#part\">y</a>", rendered.Html);
        Assert.Contains("<a href=\"../index.html\">home</a>", rendered.Html);
        Assert.Contains("<a href=\"https://example.com/a.md\">web</a>", rendered.Html);
        Assert.Equal("Title", rendered.Title);
        Assert.Equal([("why-await", "Why await?")], rendered.Sections);
    }

    [Fact]
    public void Drift_shows_the_page_lines_beside_the_printed_ones_with_the_differences_marked()
    {
        using var repo = new TestRepo()
            .Sample("a/x.cs", "Console.WriteLine(\"now\");\n")
            .Page("x", $"{TestRepo.Embed("a/x.cs")}\n\n```output\nsame\nthen\n```\n");
        var checks = new PageChecks();
        checks.OutputOwners[3] = 1;
        checks.Embeds[1] = new EmbedCheck(false,
            new CheckRecord("docs/x.md", 4, "embed", "samples/a/x.cs", null, CheckStatus.Drift, "the output block differs from what the sample prints now", []),
            ["same", "then"], ["same", "now"], "samples/a/x.cs");
        var html = Render(repo, "docs/x.md", checks);

        var output = html.IndexOf("<code class=\"lang-output\">same\nthen\n</code>", StringComparison.Ordinal);
        var drift = html.IndexOf("docrunner-drift", StringComparison.Ordinal);
        Assert.True(output > 0 && drift > output, "the drift box comes right after the page's output block");
        Assert.Contains("<span class=\"docrunner-line\">same</span>", html);
        Assert.Contains("<span class=\"docrunner-line is-removed\">then</span>", html);
        Assert.Contains("<span class=\"docrunner-line is-added\">now</span>", html);
        Assert.Contains("data-status=\"drift\"", html);
    }

    [Fact]
    public void In_drift_a_line_within_the_blocks_tolerance_is_not_marked_as_differing()
    {
        var record = new CheckRecord("docs/x.md", 4, "embed", "samples/a/x.cs", null, CheckStatus.Drift, "differs", []);
        var html = CheckPanels.Drift(record, ["sales report", "took 0.4 s"], ["sales-2 report", "took 0.3 s"], "output approx=0.2");
        Assert.Contains("<span class=\"docrunner-line is-removed\">sales report</span>", html);
        Assert.Contains("<span class=\"docrunner-line is-added\">sales-2 report</span>", html);
        Assert.Matches("<span class=\"docrunner-line is-tolerated\"[^>]*>took 0.3 s</span>", html);
        Assert.Matches("<span class=\"docrunner-line is-tolerated\"[^>]*>took 0.4 s</span>", html);
    }

    [Fact]
    public void A_running_sample_and_a_compile_error_are_shown_where_their_embed_is()
    {
        using var repo = new TestRepo()
            .Sample("a/x.cs", "Console.WriteLine(1);\n")
            .Page("x", $"{TestRepo.Embed("a/x.cs")}\n\n```output\n1\n```\n\n{TestRepo.Embed("a/x.cs#L1")}\n\nText.\n");
        var checks = new PageChecks();
        checks.OutputOwners[3] = 1;
        checks.Embeds[1] = EmbedCheck.RunningFor("samples/a/x.cs");
        checks.Embeds[7] = new EmbedCheck(false, new CheckRecord("docs/x.md", 7, "embed", "samples/a/x.cs", null, CheckStatus.CompileError,
            "samples/a/x.cs does not compile", ["samples/a/x.cs(1,1): error CS0001: nope"]));
        var html = Render(repo, "docs/x.md", checks);

        Assert.True(html.IndexOf("docrunner-running", StringComparison.Ordinal) > html.IndexOf("lang-output", StringComparison.Ordinal),
            "the running note comes after the output block, so the code and its output stay together");
        var error = html.IndexOf("data-status=\"compile-error\"", StringComparison.Ordinal);
        Assert.True(error > html.LastIndexOf("lang-csharp", StringComparison.Ordinal) && error < html.IndexOf("<p>Text.</p>", StringComparison.Ordinal));
        Assert.Contains("error CS0001: nope", html);
    }

    [Fact]
    public void A_record_no_block_claims_is_shown_after_the_block_holding_its_line()
    {
        using var repo = new TestRepo().Page("x", "First paragraph.\n\nSecond paragraph\nstill second.\n\nThird.\n");
        var checks = new PageChecks();
        checks.Loose.Add(new CheckRecord("docs/x.md", 4, "link", null, null, CheckStatus.Problem, "link 'nowhere.md' points to a file that does not exist", []));
        var html = Render(repo, "docs/x.md", checks);
        var problem = html.IndexOf("nowhere.md", StringComparison.Ordinal);
        Assert.True(problem > html.IndexOf("still second", StringComparison.Ordinal) && problem < html.IndexOf("Third.", StringComparison.Ordinal));
    }
}
