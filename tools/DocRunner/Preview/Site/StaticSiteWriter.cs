using DocRunner.Discovery;
using DocRunner.Preview.Assets;
using DocRunner.Preview.Markdown;
using Microsoft.Extensions.FileSystemGlobbing;

namespace DocRunner.Preview.Site;

/// <summary>
/// Writes the preview as a static site, for <c>build</c> where DocFX cannot be installed: every page docfx.json
/// selects as HTML (as published, with no check boxes: <c>build</c> renders only a guide that verified), the template
/// folders' public/ files, the preview's script and styles, and docfx.json's resources. The output folder is
/// emptied first.
/// </summary>
public static class StaticSiteWriter
{
    public sealed record Result(int Pages, string Output, string Message);

    public static Result Write(string root, string? output = null)
    {
        root = Path.GetFullPath(root);
        output = Path.GetFullPath(output ?? Path.Combine(root, "_site"));
        var project = DocfxProject.Load(root);
        var pages = PageLoader.Load(project, []);
        var navigation = SiteNavigation.Load(root, project.Tocs);
        var site = SiteInfo.Load(root);

        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        Directory.CreateDirectory(output);
        foreach (var page in pages)
        {
            var article = PageRenderer.Render(page.Text.Text, new RenderContext { Root = root, PagePath = page.RelativePath, ReadSample = RenderContext.FromDisk(root) });
            WriteFile(output, PageLinks.HtmlPath(page.RelativePath), PageLayout.Render(page.RelativePath, article, site, navigation, [], live: false));
        }
        foreach (var folder in site.TemplateFolders)
        {
            var source = Path.Combine(root, folder, "public");
            if (!Directory.Exists(source)) continue;
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
                CopyFile(file, Path.Combine(output, "public", Path.GetRelativePath(source, file)));
        }
        WriteFile(output, PreviewScript.Path, PreviewScript.Text);
        WriteFile(output, PreviewStyles.Path, PreviewStyles.Text);
        var resources = new Matcher(StringComparison.Ordinal);
        resources.AddIncludePatterns(site.ResourcePatterns);
        foreach (var file in resources.GetResultsInFullPath(root).Where(f => EmbedResolver.IsInside(root, f) && !EmbedResolver.IsInside(output, f)))
            CopyFile(file, Path.Combine(output, Path.GetRelativePath(root, file)));

        var where = Path.GetRelativePath(root, output).Replace('\\', '/');
        return new Result(pages.Count, output,
            $"DocFX is not available here (`dotnet tool restore` could not install the pinned docfx), so {where}/ was rendered by " +
            $"DocRunner's preview renderer (Markdig), not by DocFX: {pages.Count} pages. The published site is rendered by DocFX on GitHub's runners.");
    }

    static void WriteFile(string output, string relative, string text)
    {
        var path = Path.Combine(output, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    static void CopyFile(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to, overwrite: true);
    }
}
