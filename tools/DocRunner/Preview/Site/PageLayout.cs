using System.Text;
using DocRunner.Preview.Markdown;

namespace DocRunner.Preview.Site;

/// <summary>
/// The page around an article, laid out like DocFX's modern template: the navbar from the top toc.yml, the sidebar
/// and previous/next links from the page's own toc, "In this article", the footer, and the project template's
/// <c>public/main.css</c> and <c>public/main.js</c> (loaded by the preview's script, as the template loads them).
/// Every link is relative, so the written site works from any folder. A live page also loads the reload script.
/// </summary>
public static class PageLayout
{
    public const string PreviewNote = "Preview rendered by DocRunner with Markdig. The published site is rendered by DocFX.";

    public static string Render(string pagePath, RenderedArticle article, SiteInfo site, SiteNavigation navigation,
        IReadOnlyList<string> banners, bool live)
    {
        var file = PageLinks.HtmlPath(pagePath);
        var toRoot = PageLinks.ToRoot(file);
        string Link(string target) => target.Contains("://") ? target : PageLinks.Relative(file, target);
        var title = article.Title.Length == 0 ? site.AppTitle : site.AppTitle.Length == 0 ? article.Title : $"{article.Title} | {site.AppTitle}";
        var sidebar = navigation.SidebarFor(pagePath);
        var html = new StringBuilder();

        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append($"<title>{Html.Encode(title)}</title>\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append($"<meta name=\"generator\" content=\"{Html.Encode(PreviewNote)}\">\n");
        html.Append($"<meta name=\"docrunner:page\" content=\"{Html.Encode(pagePath)}\">\n");
        if (site.DocUrl(pagePath) is { } docUrl) html.Append($"<meta name=\"docfx:docurl\" content=\"{Html.Encode(docUrl)}\">\n");
        if (site.FaviconPath is { } favicon) html.Append($"<link rel=\"icon\" href=\"{Html.Encode(toRoot + favicon)}\">\n");
        html.Append($"<link rel=\"stylesheet\" href=\"{toRoot}public/docrunner-preview.css\">\n");
        html.Append($"<link rel=\"stylesheet\" href=\"{toRoot}public/main.css\">\n");
        html.Append("<script>(function(){var t=localStorage.getItem('theme');if(!t||t==='auto')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';document.documentElement.setAttribute('data-bs-theme',t)})()</script>\n");
        html.Append($"<script type=\"module\" src=\"{toRoot}public/docrunner-preview.js\"></script>\n");
        if (live) html.Append("<script type=\"module\" src=\"/_docrunner/live.js\"></script>\n");
        html.Append("</head>\n<body>\n");

        html.Append("<header class=\"site-header\"><nav class=\"site-navbar\" role=\"navigation\">\n");
        html.Append($"<a class=\"navbar-brand\" href=\"{Link("index.html")}\">");
        if (site.LogoPath is { } logo) html.Append($"<img src=\"{Html.Encode(toRoot + logo)}\" alt=\"\" width=\"32\" height=\"32\">");
        html.Append($"<span>{Html.Encode(site.AppName)}</span></a>\n<ul class=\"navbar-nav\">\n");
        foreach (var item in navigation.Navbar)
        {
            var active = item.Href is { } h && !item.IsExternal && InFolderOf(h, file) ? " active" : "";
            html.Append(item.Href is null ? $"<li><span class=\"nav-link\">{Html.Encode(item.Name)}</span></li>\n"
                : $"<li><a class=\"nav-link{active}\" href=\"{Html.Encode(Link(item.Href))}\">{Html.Encode(item.Name)}</a></li>\n");
        }
        html.Append("</ul>\n<button type=\"button\" class=\"theme-toggle\" title=\"Switch between light and dark\" aria-label=\"Switch between light and dark\">◐</button>\n");
        html.Append("</nav></header>\n");

        html.Append($"<main class=\"site-main{(sidebar is null ? " no-sidebar" : "")}\">\n");
        if (sidebar is not null)
        {
            html.Append("<div class=\"toc-column\"><nav id=\"toc\" class=\"toc\" aria-label=\"Chapters\">\n");
            AppendTocItems(html, sidebar.Items, file, Link);
            html.Append("</nav></div>\n");
        }
        html.Append("<div class=\"content\">\n");
        foreach (var banner in banners) html.Append(banner);
        html.Append($"<article data-page=\"{Html.Encode(pagePath)}\">\n").Append(article.Html).Append("</article>\n");
        var (previous, next) = navigation.Neighbours(pagePath);
        if (previous is not null || next is not null)
        {
            html.Append("<div class=\"next-article\" id=\"nextArticle\">\n");
            if (previous is not null) html.Append($"<div class=\"prev\"><span>Previous</span><a href=\"{Html.Encode(Link(previous.Href!))}\" rel=\"prev\">{Html.Encode(previous.Name)}</a></div>\n");
            if (next is not null) html.Append($"<div class=\"next\"><span>Next</span><a href=\"{Html.Encode(Link(next.Href!))}\" rel=\"next\">{Html.Encode(next.Name)}</a></div>\n");
            html.Append("</div>\n");
        }
        html.Append("</div>\n");
        if (article.Sections.Count > 0)
        {
            html.Append("<div class=\"affix\"><nav id=\"affix\" aria-label=\"In this article\"><h5>In this article</h5><ul>\n");
            foreach (var (id, text) in article.Sections) html.Append($"<li><a href=\"#{Html.Encode(id)}\">{Html.Encode(text)}</a></li>\n");
            html.Append("</ul></nav></div>\n");
        }
        html.Append("</main>\n");

        html.Append($"<footer class=\"site-footer\"><span>{Html.Encode(site.Footer)}</span><span class=\"preview-note\">{Html.Encode(PreviewNote)}</span></footer>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    static void AppendTocItems(StringBuilder html, IReadOnlyList<TocItem> items, string file, Func<string, string> link)
    {
        html.Append("<ul>\n");
        foreach (var item in items)
        {
            var active = item.Href == file ? " class=\"active\" aria-current=\"page\"" : "";
            html.Append("<li>");
            html.Append(item.Href is null ? $"<span class=\"toc-heading\">{Html.Encode(item.Name)}</span>"
                : $"<a href=\"{Html.Encode(link(item.Href))}\"{active}>{Html.Encode(item.Name)}</a>");
            if (item.Items.Count > 0) AppendTocItems(html, item.Items, file, link);
            html.Append("</li>\n");
        }
        html.Append("</ul>\n");
    }

    /// <summary>A navbar entry is the current one when it leads into the page's folder (or is the page).</summary>
    static bool InFolderOf(string href, string file)
    {
        var hrefFolder = href.LastIndexOf('/') is var a and >= 0 ? href[..a] : "";
        var fileFolder = file.LastIndexOf('/') is var b and >= 0 ? file[..b] : "";
        return href == file || (hrefFolder.Length > 0 && (fileFolder == hrefFolder || fileFolder.StartsWith(hrefFolder + "/")));
    }
}
