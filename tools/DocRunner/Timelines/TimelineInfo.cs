using DocRunner.Discovery;

namespace DocRunner.Timelines;

/// <summary>Recognises a page's <c>```timeline</c> blocks and gives each to the embed above it.</summary>
public static class TimelineInfo
{
    public const string Language = "timeline";

    public static bool IsTimeline(string? info) => (info ?? "").Trim() == Language;

    /// <summary>
    /// A timeline belongs to the nearest embed above it in the same section (after that embed's output block).
    /// It takes no options yet: anything after the word <c>timeline</c> is a problem, so a typo is not silently ignored.
    /// </summary>
    public static void Attach(Page page, FencedBlock block, Embed? owner)
    {
        if (block.Info != Language)
            page.Problems.Add(new(page.RelativePath, block.OpeningLine, $"a timeline block takes no options: write ```{Language} alone"));
        else if (owner is null)
            page.Problems.Add(new(page.RelativePath, block.OpeningLine,
                "timeline block with no embed before it (a timeline belongs to the nearest embed above it, in the same section)"));
        else if (owner.Timeline is not null)
            page.Problems.Add(new(page.RelativePath, block.OpeningLine,
                $"a second timeline block for the embed on line {owner.Line}; one run has one timeline"));
        else if (!owner.IsRunnable)
            page.Problems.Add(new(page.RelativePath, block.OpeningLine, $"the embed on line {owner.Line} does not run, so it has no timeline"));
        else
            owner.Timeline = block;
    }
}
