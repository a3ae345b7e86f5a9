using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace DocRunner.Discovery;

/// <summary>Finds embeds, output blocks, inline C# and interactive sessions in one page.</summary>
public static partial class PageParser
{
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Build();

    [GeneratedRegex(@"^(?<prefix>(?:[ \t>]|(?:[-*+]|\d{1,9}[.)])[ \t]+)*)\[!code-(?<lang>[\w#+-]+)\[(?<title>[^\]]*)\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)\]\s*$")]
    private static partial Regex EmbedLine();

    [GeneratedRegex(@"\[!code-", RegexOptions.IgnoreCase)]
    private static partial Regex EmbedLike();

    public static Page Parse(string root, string relativePath, byte[] bytes)
    {
        var text = new PageText(bytes);
        var page = new Page { RelativePath = relativePath, FullPath = Path.Combine(root, relativePath), Text = text };
        if (!text.IsValidUtf8)
            page.Problems.Add(new(relativePath, 1, "the page is not valid UTF-8; it is neither checked nor rewritten"));

        var document = Markdown.Parse(text.Text, Pipeline);
        Embed? current = null, sectionEmbed = null;
        foreach (var block in InDocumentOrder(document))
        {
            switch (block)
            {
                case HeadingBlock:
                    current = sectionEmbed = null;
                    break;
                case ParagraphBlock paragraph:
                    foreach (var embed in FindEmbeds(root, page, paragraph))
                    {
                        page.Embeds.Add(embed);
                        current = sectionEmbed = embed;
                    }
                    break;
                case FencedCodeBlock fenced when Timelines.TimelineInfo.IsTimeline(fenced.Info):
                    if (Locate(page, fenced) is { } timeline) Timelines.TimelineInfo.Attach(page, timeline, sectionEmbed);
                    break;
                case FencedCodeBlock fenced:
                    current = Classify(page, fenced, current);
                    break;
            }
        }
        foreach (var link in document.Descendants<Markdig.Syntax.Inlines.LinkInline>())
            if (!link.IsImage || link.Url is not null)
                page.Links.Add(new Link(link.Url ?? "", link.Line + 1));
        foreach (var heading in document.Descendants<HeadingBlock>())
            if (heading.GetAttributes().Id is { } id) page.Anchors.Add(id);
        return page;
    }

    static Embed? Classify(Page page, FencedCodeBlock fenced, Embed? current)
    {
        var language = (fenced.Info ?? "").Trim();
        var arguments = (fenced.Arguments ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var line = fenced.Line + 1;
        switch (language)
        {
            case "output":
                var block = Locate(page, fenced);
                if (block is null) return current;
                if (current is null)
                    page.Problems.Add(new(page.RelativePath, line,
                        "output block with no embed before it (an output block belongs to the nearest embed above it, in the same section)"));
                else
                    current.Output = block;
                return null;
            case "csharp-interactive":
                var session = Locate(page, fenced);
                if (session is not null) page.Sessions.Add(new(page.RelativePath, session));
                return current;
            case "csharp" or "cs" or "c#":
                var code = string.Join("\n", LinesOf(fenced));
                page.InlineCode.Add(new(page.RelativePath, line + 1, code, arguments.Contains("fragment")));
                return current;
            default:
                return current;
        }
    }

    /// <summary>Locates a fenced block's lines in the raw text, or records why it cannot be rewritten safely.</summary>
    static FencedBlock? Locate(Page page, FencedCodeBlock fenced)
    {
        var text = page.Text;
        var opening = text.LineWithoutBreak(fenced.Line);
        var fence = new string(fenced.FencedChar, fenced.OpeningFencedCharCount);
        var at = opening.IndexOf(fence, StringComparison.Ordinal);
        if (at < 0)
        {
            page.Problems.Add(new(page.RelativePath, fenced.Line + 1, "could not locate this fenced block's opening fence"));
            return null;
        }
        if (fenced.ClosingFencedCharCount == 0)
        {
            page.Problems.Add(new(page.RelativePath, fenced.Line + 1, "this fenced block is never closed"));
            return null;
        }
        var closingLine = fenced.Line + 1 + fenced.Lines.Count;
        var closing = closingLine < text.LineCount ? text.LineWithoutBreak(closingLine).TrimStart(' ', '\t', '>') : "";
        if (!closing.StartsWith(new string(fenced.FencedChar, fenced.ClosingFencedCharCount), StringComparison.Ordinal))
        {
            page.Problems.Add(new(page.RelativePath, fenced.Line + 1, "could not locate this fenced block's closing fence"));
            return null;
        }
        return new FencedBlock
        {
            OpeningLine = fenced.Line + 1,
            OpeningLineStart = text.LineStart(fenced.Line),
            ContentStart = text.LineEndIncludingBreak(fenced.Line),
            ContentEnd = text.LineStart(closingLine),
            ClosingLineEnd = text.LineEndIncludingBreak(closingLine),
            Prefix = opening[..at],
            FenceChar = fenced.FencedChar,
            FenceLength = fenced.OpeningFencedCharCount,
            Info = opening[(at + fence.Length)..].Trim(),
            ContentLines = LinesOf(fenced),
        };
    }

    static string[] LinesOf(FencedCodeBlock fenced) =>
        fenced.Lines.Count == 0 ? [] : [.. fenced.Lines.Lines.Take(fenced.Lines.Count).Select(l => l.Slice.ToString())];

    static IEnumerable<Embed> FindEmbeds(string root, Page page, ParagraphBlock paragraph)
    {
        var lastLine = page.Text.LineOfOffset(Math.Max(paragraph.Span.Start, paragraph.Span.End));
        for (var lineIndex = paragraph.Line; lineIndex <= lastLine; lineIndex++)
        {
            var line = page.Text.LineWithoutBreak(lineIndex);
            var match = EmbedLine().Match(line);
            if (match.Success)
                yield return EmbedResolver.Resolve(root, page.RelativePath, lineIndex + 1,
                    match.Groups["lang"].Value, match.Groups["target"].Value, match.Groups["title"].Value);
            else if (EmbedLike().IsMatch(OutsideCodeSpans(page.Text, paragraph, lineIndex, line)))
                page.Problems.Add(new(page.RelativePath, lineIndex + 1,
                    "this line looks like an embed but is not one DocRunner can read, so nothing here is checked: write " +
                    "[!code-csharp[TITLE](PATH#REGION)] alone on its line, with no space in PATH (write %20) and no text after it"));
        }
    }

    /// <summary>The line with the inline code spans (`like this`) that overlap it blanked out: examples of syntax are not embeds.</summary>
    static string OutsideCodeSpans(PageText text, ParagraphBlock paragraph, int lineIndex, string line)
    {
        if (paragraph.Inline is null) return line;
        var start = text.LineStart(lineIndex);
        var characters = line.ToCharArray();
        foreach (var code in paragraph.Inline.Descendants<Markdig.Syntax.Inlines.CodeInline>())
            for (var offset = Math.Max(code.Span.Start, start); offset <= Math.Min(code.Span.End, start + line.Length - 1); offset++)
                characters[offset - start] = ' ';
        return new string(characters);
    }

    static IEnumerable<Block> InDocumentOrder(ContainerBlock container)
    {
        foreach (var block in container)
        {
            yield return block;
            if (block is ContainerBlock inner)
                foreach (var nested in InDocumentOrder(inner))
                    yield return nested;
        }
    }
}
