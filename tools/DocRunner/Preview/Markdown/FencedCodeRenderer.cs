using DocRunner.Reporting;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace DocRunner.Preview.Markdown;

/// <summary>
/// Code blocks as DocFX writes them, <c>&lt;pre&gt;&lt;code class="lang-xyz"&gt;</c>; a <c>csharp-interactive</c> block becomes
/// <c>class="lang-csharp" data-interactive="csharp"</c>. After an output block comes its drift box (the page's lines
/// beside the printed ones); after a session or an inline C# block, its state when it did not pass.
/// </summary>
public sealed class FencedCodeRenderer(RenderContext context) : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        var language = block is FencedCodeBlock fenced ? (fenced.Info ?? "").Trim() : "";
        renderer.EnsureLine();
        renderer.Write(language switch
        {
            "" => "<pre><code>",
            "csharp-interactive" => "<pre><code class=\"lang-csharp\" data-interactive=\"csharp\">",
            _ => $"<pre><code class=\"lang-{Html.Encode(language)}\">",
        });
        renderer.WriteLeafRawLines(block, true, true);
        renderer.WriteLine("</code></pre>");

        var opening = block.Line + 1;
        if (context.Checks.OutputOwners.TryGetValue(opening, out var embedLine) && context.Checks.Embeds.TryGetValue(embedLine, out var embed))
        {
            if (embed.Running) renderer.Write(CheckPanels.Running(embed.Sample ?? "its sample", embed.Sample));
            else if (embed.Record is { Failed: true, Status: CheckStatus.Drift } drift) renderer.Write(CheckPanels.Drift(drift, embed.Expected ?? [], embed.Printed ?? [], embed.OutputInfo));
            else if (embed.Record is { Failed: true } record) renderer.Write(CheckPanels.Problem(record));
        }
        if (context.Checks.Blocks.TryGetValue(opening, out var state))
        {
            if (state.Running) renderer.Write(CheckPanels.Running(language == "csharp-interactive" ? "this session" : "the compiler on this block"));
            else if (state.Record is { Failed: true } failed) renderer.Write(CheckPanels.Problem(failed));
        }
    }
}
