using DocRunner.Discovery;

namespace DocRunner.Rewriting;

/// <summary>
/// Writes output lines into a page: in place of an existing block's content, or as a new block right after an
/// embed. Lines keep the container's prefix (list indentation, blockquote markers) and the page's line break;
/// the fence grows when the output itself holds a run of fence characters.
/// </summary>
public static class OutputBlockWriter
{
    public static PageEdit Replace(PageText page, FencedBlock block, IReadOnlyList<string> lines)
    {
        var prefix = ContinuationPrefix(block.Prefix);
        var fenceLength = Math.Max(block.FenceLength, LongestRun(lines, block.FenceChar) + 1);
        var body = Body(lines, prefix, page.NewLine);
        if (fenceLength == block.FenceLength)
            return new PageEdit(block.ContentStart, block.ContentEnd, body);

        var fence = new string(block.FenceChar, fenceLength);
        var closingBreak = page.Text[block.ContentEnd..block.ClosingLineEnd] is var closing && closing.EndsWith("\r\n") ? "\r\n"
            : closing.EndsWith('\n') ? "\n" : "";
        var info = block.Info.Length > 0 ? block.Info : "";
        var text = $"{block.Prefix}{fence}{info}{page.NewLine}{body}{prefix}{fence}{closingBreak}";
        return new PageEdit(block.OpeningLineStart, block.ClosingLineEnd, text);
    }

    public static PageEdit Insert(PageText page, int embedLine, string embedPrefix, IReadOnlyList<string> lines)
    {
        var prefix = ContinuationPrefix(embedPrefix);
        var fence = new string('`', Math.Max(3, LongestRun(lines, '`') + 1));
        var at = page.LineEndIncludingBreak(embedLine - 1);
        var newLine = page.NewLine;
        var leading = at == page.Text.Length && !page.Text.EndsWith('\n') ? newLine : "";
        var text = $"{leading}{prefix.TrimEnd()}{newLine}{prefix}{fence}output{newLine}{Body(lines, prefix, newLine)}{prefix}{fence}{newLine}";
        return new PageEdit(at, at, text);
    }

    static string Body(IReadOnlyList<string> lines, string prefix, string newLine) =>
        string.Concat(lines.Select(l => (l.Length == 0 ? prefix.TrimEnd() : prefix + l) + newLine));

    /// <summary>The prefix for lines inside a container: list markers become spaces, quote markers stay.</summary>
    public static string ContinuationPrefix(string prefix) =>
        new([.. prefix.Select(c => c is '>' or ' ' or '\t' ? c : ' ')]);

    static int LongestRun(IReadOnlyList<string> lines, char fenceChar)
    {
        var longest = 0;
        foreach (var line in lines)
        {
            var run = 0;
            foreach (var c in line)
            {
                run = c == fenceChar ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }
        }
        return longest;
    }

    public static string Apply(string text, IEnumerable<PageEdit> edits)
    {
        var result = text;
        foreach (var edit in edits.OrderByDescending(e => e.Start))
            result = result[..edit.Start] + edit.Text + result[edit.End..];
        return result;
    }
}
