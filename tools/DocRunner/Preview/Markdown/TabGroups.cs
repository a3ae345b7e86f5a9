using System.Text.RegularExpressions;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocRunner.Preview.Markdown;

/// <summary>One tab: its title (the heading's link) and the blocks under it.</summary>
public sealed class TabItemBlock(string id, string condition, LinkInline title) : ContainerBlock(null)
{
    public string Id { get; } = id;
    public string Condition { get; } = condition;
    public LinkInline TitleLink { get; } = title;
}

/// <summary>A run of tabs: headings <c># [Label](#tab/id)</c>, each followed by its content, ended by <c>---</c>.</summary>
public sealed class TabGroupBlock(int number) : ContainerBlock(null)
{
    public int Number { get; } = number;
}

/// <summary>
/// Gathers DocFX tabs after parsing: a heading whose only content is a link to <c>#tab/id</c> (or <c>#tab/id/condition</c>)
/// starts a group; every block up to the next such heading belongs to that tab; a thematic break or the end of the
/// container ends the group (the break itself is dropped). The first tab is the one shown.
/// </summary>
public static partial class TabGroups
{
    [GeneratedRegex(@"^#tab/(?<id>[a-zA-Z0-9\-]+(?:\+[a-zA-Z0-9\-]+)*)(?:/(?<condition>[a-zA-Z0-9\-]+)?)?$")]
    private static partial Regex TabHref();

    public static void Gather(MarkdownDocument document)
    {
        var number = 0;
        Gather(document, ref number);
    }

    static void Gather(ContainerBlock container, ref int number)
    {
        for (var i = 0; i < container.Count; i++)
        {
            if (container[i] is ContainerBlock inner and not TabGroupBlock) Gather(inner, ref number);
            if (TabOf(container[i]) is null) continue;

            var group = new TabGroupBlock(++number) { Line = container[i].Line, Span = container[i].Span };
            TabItemBlock? current = null;
            while (i < container.Count)
            {
                var block = container[i];
                container.RemoveAt(i);
                if (block is ThematicBreakBlock) break;
                if (TabOf(block) is { } tab)
                {
                    current = new TabItemBlock(tab.Id, tab.Condition, tab.Link) { Line = block.Line, Span = block.Span };
                    group.Add(current);
                    continue;
                }
                if (block is ContainerBlock nested) Gather(nested, ref number);
                current!.Add(block);
            }
            container.Insert(i, group);
        }
    }

    static (string Id, string Condition, LinkInline Link)? TabOf(Block block) =>
        block is HeadingBlock { Inline.FirstChild: LinkInline { NextSibling: null } link }
        && TabHref().Match(link.Url ?? "") is { Success: true } match
            ? (match.Groups["id"].Value, match.Groups["condition"].Value, link)
            : null;
}

/// <summary>Writes a tab group the way DocFX does: a tab list, then one section per tab, all but the first hidden.</summary>
public sealed class TabGroupRenderer : HtmlObjectRenderer<TabGroupBlock>
{
    protected override void Write(HtmlRenderer renderer, TabGroupBlock group)
    {
        var groupId = $"tabgroup_{group.Number}";
        var tabs = group.OfType<TabItemBlock>().ToList();
        string PanelId(TabItemBlock tab) => $"tabpanel_{group.Number}_{tab.Id}" + (tab.Condition.Length > 0 ? "_" + tab.Condition : "");

        renderer.EnsureLine();
        renderer.WriteLine($"<div class=\"tabGroup\" id=\"{groupId}\">");
        renderer.WriteLine("<ul role=\"tablist\" class=\"nav nav-tabs\">");
        for (var i = 0; i < tabs.Count; i++)
        {
            var tab = tabs[i];
            renderer.Write($"<li role=\"presentation\" class=\"nav-item\"><a href=\"#{PanelId(tab)}\" role=\"tab\" class=\"nav-link{(i == 0 ? " active" : "")}\"")
                .Write($" aria-controls=\"{PanelId(tab)}\" data-tab=\"{Html.Encode(tab.Id)}\"")
                .Write(tab.Condition.Length > 0 ? $" data-condition=\"{Html.Encode(tab.Condition)}\"" : "")
                .Write(i == 0 ? " tabindex=\"0\" aria-selected=\"true\">" : " tabindex=\"-1\" aria-selected=\"false\">");
            renderer.WriteChildren(tab.TitleLink);
            renderer.WriteLine("</a></li>");
        }
        renderer.WriteLine("</ul>");
        for (var i = 0; i < tabs.Count; i++)
        {
            var tab = tabs[i];
            renderer.WriteLine($"<section id=\"{PanelId(tab)}\" role=\"tabpanel\" data-tab=\"{Html.Encode(tab.Id)}\" class=\"card\"{(i == 0 ? "" : " aria-hidden=\"true\" hidden=\"hidden\"")}>");
            renderer.WriteChildren(tab);
            renderer.WriteLine("</section>");
        }
        renderer.WriteLine("</div>");
    }
}
