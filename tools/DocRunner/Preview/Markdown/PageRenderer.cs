using System.Text;
using DocRunner.Reporting;
using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocRunner.Preview.Markdown;

/// <summary>A page's article: its HTML, the title DocFX would give it (its first level-1 heading), and its sections.</summary>
public sealed record RenderedArticle(string Html, string Title, IReadOnlyList<(string Id, string Text)> Sections);

/// <summary>
/// Renders a page's Markdown with Markdig and the DocFX features the guide uses: code-snippet includes, alerts, tabs,
/// pipe tables, GitHub-style heading anchors, links to other pages turned into links to their HTML, and code blocks
/// (output, csharp-interactive and mermaid among them) in DocFX's markup. What the checks found is shown after the
/// block it concerns; a record no block claims is shown after the block that holds its line.
/// </summary>
public static class PageRenderer
{
    static readonly MarkdownPipeline Pipeline = Build();

    static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .UseAlertBlocks()
            .UsePipeTables()
            .UseYamlFrontMatter()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub);
        builder.BlockParsers.Insert(0, new CodeSnippetParser());
        return builder.Build();
    }

    public static MarkdownDocument Parse(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        TabGroups.Gather(document);
        foreach (var link in document.Descendants<LinkInline>())
            if (!link.IsImage && link.Url is { } url) link.Url = PageLinks.ToHtml(url);
        return document;
    }

    public static RenderedArticle Render(string markdown, RenderContext context)
    {
        var document = Parse(markdown);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<CodeBlockRenderer>(new FencedCodeRenderer(context));
        renderer.ObjectRenderers.Replace<AlertBlockRenderer>(new AlertRenderer());
        renderer.ObjectRenderers.Insert(0, new CodeSnippetRenderer(context));
        renderer.ObjectRenderers.Insert(0, new TabGroupRenderer());

        var loose = context.Checks.Loose.Where(r => r.Failed).OrderBy(r => r.Line).ToList();
        var next = 0;
        var blocks = document.ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            renderer.Render(blocks[i]);
            // 1-based page lines up to (not including) the next top-level block's first line belong to this block.
            var lastLine = i + 1 < blocks.Count ? blocks[i + 1].Line : int.MaxValue;
            while (next < loose.Count && (loose[next].Line <= lastLine || i == blocks.Count - 1))
                renderer.Write(CheckPanels.Problem(loose[next++]));
        }
        while (next < loose.Count) renderer.Write(CheckPanels.Problem(loose[next++]));
        renderer.Writer.Flush();

        var title = document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1) is { } h1 ? PlainText(h1) : "";
        var sections = document.Descendants<HeadingBlock>()
            .Where(h => h.Level == 2 && h.GetAttributes().Id is not null)
            .Select(h => (h.GetAttributes().Id!, PlainText(h))).ToList();
        return new RenderedArticle(writer.ToString(), title, sections);
    }

    static string PlainText(HeadingBlock heading)
    {
        var text = new StringBuilder();
        foreach (var inline in heading.Inline?.Descendants<Inline>() ?? [])
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
            }
        return text.ToString().Trim();
    }
}
