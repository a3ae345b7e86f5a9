using DocRunner.Discovery;
using DocRunner.Reporting;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace DocRunner.Preview.Markdown;

/// <summary>
/// Writes an include as DocFX does, <c>&lt;pre&gt;&lt;code class="lang-csharp" name="…"&gt;</c> holding the shown code
/// (or DocFX's warning box when the file is missing), then what the preview knows about it: running, or a box for
/// a compile error, a timeout, a crash, a broken embed or a missing output block. When the include has an output
/// block, that box comes after the output block instead, so that the code and its output stay together.
/// </summary>
public sealed class CodeSnippetRenderer(RenderContext context) : HtmlObjectRenderer<CodeSnippetBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeSnippetBlock block)
    {
        var line = block.Line + 1;
        var embed = EmbedResolver.Resolve(context.Root, context.PagePath, line, block.Language, block.Target, block.Name);
        context.Checks.Embeds.TryGetValue(line, out var check);
        renderer.EnsureLine();

        if (embed.Broken is { } broken)
        {
            renderer.WriteLine("<div class=\"WARNING alert alert-warning\">\n<h5>Warning</h5>\n<p>It looks like the sample you are looking for does not exist.</p>\n</div>");
            renderer.Write(CheckPanels.Problem(check?.Record ?? new CheckRecord(context.PagePath, line, "embed", null, null, CheckStatus.BrokenEmbed, broken.Message, [])));
            return;
        }

        var snippet = context.ReadSample(embed.SamplePath!) is { } text
            ? SnippetExtractor.Extract(text, block.Fragment, block.Query)
            : new SnippetText("", $"{embed.SamplePath} could not be read", null);
        renderer.Write($"<pre><code class=\"lang-{Html.Encode(block.Language)}\"");
        if (block.Name.Length > 0) renderer.Write($" name=\"{Html.Encode(block.Name)}\"");
        if (block.Title.Length > 0) renderer.Write($" title=\"{Html.Encode(block.Title)}\"");
        if (snippet.HighlightLines is { Length: > 0 } lines) renderer.Write($" highlight-lines=\"{Html.Encode(lines)}\"");
        renderer.Write(">").Write(Html.Encode(snippet.Code)).WriteLine("</code></pre>");

        // With an output block, the state is shown under it: the sample's code and its output stay one panel.
        if (context.Checks.OutputOwners.ContainsValue(line)) return;
        if (check is { Running: true })
            renderer.Write(CheckPanels.Running(embed.SamplePath!, embed.SamplePath));
        else if (check?.Record is { Failed: true } record)
            renderer.Write(record.Status == CheckStatus.MissingOutput
                ? CheckPanels.MissingOutput(record, check.Printed ?? [])
                : CheckPanels.Problem(record));
        else if (check?.Record is null && snippet.Problem is { } problem)
            renderer.Write(CheckPanels.Problem(new CheckRecord(context.PagePath, line, "embed", embed.SamplePath, block.Fragment, CheckStatus.BrokenEmbed, problem, [])));
    }
}
