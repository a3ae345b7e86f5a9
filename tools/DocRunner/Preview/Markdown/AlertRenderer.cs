using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace DocRunner.Preview.Markdown;

/// <summary>
/// <c>&gt; [!NOTE]</c> and its kin as DocFX writes them, <c>&lt;div class="NOTE"&gt;&lt;h5&gt;Note&lt;/h5&gt;…</c>, with the
/// Bootstrap alert classes the modern template adds in the browser.
/// </summary>
public sealed class AlertRenderer : HtmlObjectRenderer<AlertBlock>
{
    static readonly Dictionary<string, (string Heading, string Style)> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NOTE"] = ("Note", "alert-info"),
        ["TIP"] = ("Tip", "alert-info"),
        ["WARNING"] = ("Warning", "alert-warning"),
        ["IMPORTANT"] = ("Important", "alert-danger"),
        ["CAUTION"] = ("Caution", "alert-danger"),
    };

    protected override void Write(HtmlRenderer renderer, AlertBlock block)
    {
        var kind = block.Kind.ToString().ToUpperInvariant();
        var (heading, style) = Kinds.TryGetValue(kind, out var known) ? known : (kind, "alert-info");
        renderer.EnsureLine();
        // Markdig gives the block GitHub's class names; DocFX's are the kind itself, so only the id is kept.
        var id = block.GetAttributes().Id;
        renderer.Write($"<div class=\"{Html.Encode(kind)} alert {style}\"{(id is null ? "" : $" id=\"{Html.Encode(id)}\"")}>").WriteLine();
        renderer.WriteLine($"<h5>{Html.Encode(heading)}</h5>");
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = false;
        renderer.WriteChildren(block);
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.WriteLine("</div>");
    }
}
