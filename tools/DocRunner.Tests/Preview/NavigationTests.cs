using DocRunner.Discovery;
using DocRunner.Preview.Markdown;
using DocRunner.Preview.Site;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Preview;

/// <summary>The navbar, sidebar and previous/next links, as DocFX builds them from the toc files.</summary>
public class NavigationTests
{
    static TestRepo Site() => new TestRepo("\"index.md\", \"toc.yml\", \"docs/**/*.md\", \"docs/**/toc.yml\"")
        .Write("toc.yml", "- name: Guide\n  href: docs/\n- name: Elsewhere\n  href: https://example.com/\n")
        .Write("index.md", "# Home\n\nWelcome.\n")
        .Write("template/public/main.css", "/* site */")
        .Write("template/public/main.js", "export default {}")
        .Page("first", "# First\n")
        .Page("second", "# Second\n")
        .Page("third", "# Third\n");

    [Fact]
    public void The_top_toc_is_the_navbar_and_a_folder_href_leads_to_its_first_page()
    {
        using var repo = Site();
        var navigation = SiteNavigation.Load(repo.Root, ["toc.yml", "docs/toc.yml"]);
        Assert.Equal(["Guide", "Elsewhere"], navigation.Navbar.Select(i => i.Name));
        Assert.Equal("docs/first.html", navigation.Navbar[0].Href);
        Assert.True(navigation.Navbar[1].IsExternal);
    }

    [Fact]
    public void Chapters_get_the_sidebar_of_their_folder_and_previous_next_in_toc_order_the_home_page_none()
    {
        using var repo = Site();
        var navigation = SiteNavigation.Load(repo.Root, ["toc.yml", "docs/toc.yml"]);
        Assert.Null(navigation.SidebarFor("index.md"));
        Assert.Equal(["first", "second", "third"], navigation.SidebarFor("docs/second.md")!.Items.Select(i => i.Name));
        var (previous, next) = navigation.Neighbours("docs/second.md");
        Assert.Equal("docs/first.html", previous!.Href);
        Assert.Equal("docs/third.html", next!.Href);
        Assert.Equal((null, null), navigation.Neighbours("index.md"));
        Assert.Null(navigation.Neighbours("docs/first.md").Previous);
    }

    [Fact]
    public void The_layout_links_everything_relatively_and_loads_the_template_files()
    {
        using var repo = Site();
        repo.Write("docfx.json", """{ "build": { "content": [ { "files": [ "index.md", "toc.yml", "docs/**/*.md", "docs/**/toc.yml" ] } ], "template": ["default", "modern", "template"], "globalMetadata": { "_appTitle": "Guide", "_appName": "G", "_appFooter": "Foot", "_gitContribute": { "repo": "https://github.com/o/r", "branch": "main" } } } }""");
        var navigation = SiteNavigation.Load(repo.Root, ["toc.yml", "docs/toc.yml"]);
        var site = SiteInfo.Load(repo.Root);
        var article = PageRenderer.Render(repo.Read("docs/second.md"), new RenderContext { Root = repo.Root, PagePath = "docs/second.md" });
        var html = PageLayout.Render("docs/second.md", article, site, navigation, [], live: false);

        Assert.Contains("<title>Second | Guide</title>", html);
        Assert.Contains("<link rel=\"stylesheet\" href=\"../public/main.css\">", html);
        Assert.Contains("<script type=\"module\" src=\"../public/docrunner-preview.js\"></script>", html);
        Assert.DoesNotContain("/_docrunner/live.js", html);
        Assert.Contains("<meta name=\"docfx:docurl\" content=\"https://github.com/o/r/blob/main/docs/second.md\">", html);
        Assert.Contains("<a class=\"nav-link active\" href=\"first.html\">Guide</a>", html);
        Assert.Contains("<a href=\"second.html\" class=\"active\" aria-current=\"page\">second</a>", html);
        Assert.Contains("<div class=\"prev\"><span>Previous</span><a href=\"first.html\" rel=\"prev\">first</a></div>", html);
        Assert.Contains("<div class=\"next\"><span>Next</span><a href=\"third.html\" rel=\"next\">third</a></div>", html);
        Assert.Contains(PageLayout.PreviewNote, html);
        Assert.Contains("/_docrunner/live.js", PageLayout.Render("docs/second.md", article, site, navigation, [], live: true));
    }

    [Fact]
    public void Build_without_docfx_writes_the_preview_as_a_static_site()
    {
        using var repo = Site();
        repo.Write("docfx.json", """{ "build": { "content": [ { "files": [ "index.md", "toc.yml", "docs/**/*.md", "docs/**/toc.yml" ] } ], "resource": [ { "files": [ "images/**" ] } ], "template": ["default", "modern", "template"] } }""")
            .Write("images/logo.svg", "<svg/>")
            .Write("_site/stale.html", "old");
        var result = StaticSiteWriter.Write(repo.Root);

        Assert.Equal(4, result.Pages);
        Assert.Contains("preview renderer (Markdig), not by DocFX", result.Message);
        foreach (var file in new[] { "index.html", "docs/first.html", "docs/third.html", "public/main.css", "public/main.js", "public/docrunner-preview.js", "public/docrunner-preview.css", "images/logo.svg" })
            Assert.True(File.Exists(Path.Combine(repo.Root, "_site", file)), file);
        Assert.False(File.Exists(Path.Combine(repo.Root, "_site", "stale.html")));
        Assert.Contains("<link rel=\"stylesheet\" href=\"public/main.css\">", repo.Read("_site/index.html"));
        Assert.DoesNotContain("docrunner-check", repo.Read("_site/docs/first.html"));
    }

    [Fact]
    public void Relative_links_between_published_files()
    {
        Assert.Equal("first.html", PageLinks.Relative("docs/second.html", "docs/first.html"));
        Assert.Equal("../index.html", PageLinks.Relative("docs/second.html", "index.html"));
        Assert.Equal("docs/first.html", PageLinks.Relative("index.html", "docs/first.html"));
        Assert.Equal("../b/c.html", PageLinks.Relative("a/x.html", "b/c.html"));
        Assert.Equal("../", PageLinks.ToRoot("docs/x.html"));
        Assert.Equal("docs/x.html", PageLinks.HtmlPath("docs/x.md"));
    }
}
