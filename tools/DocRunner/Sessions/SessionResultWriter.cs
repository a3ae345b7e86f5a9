using DocRunner.Discovery;
using DocRunner.Rewriting;

namespace DocRunner.Sessions;

/// <summary>
/// Rewrites the result lines of some submissions of a session block, in place, as one edit of the page. The
/// submissions, the lines of results that stay, blank lines that space a result from the next prompt and
/// everything outside the block keep every byte. New lines take the container's prefix (blockquote markers,
/// list indentation) and the page's line break, as output blocks do; the fence grows only if a new line holds a
/// run of fence characters as long as it.
/// </summary>
public static class SessionResultWriter
{
    /// <param name="results">New result lines by submission index; submissions not listed keep theirs.</param>
    public static PageEdit? Rewrite(PageText page, FencedBlock block, Transcript transcript, IReadOnlyDictionary<int, IReadOnlyList<string>> results)
    {
        if (results.Count == 0) return null;
        var prefix = OutputBlockWriter.ContinuationPrefix(block.Prefix);
        int Start(int contentLine) => page.LineStart(block.OpeningLine + contentLine);

        var content = new System.Text.StringBuilder();
        var at = block.ContentStart;
        foreach (var submission in transcript.Submissions.Where(s => results.ContainsKey(s.Index)).OrderBy(s => s.Index))
        {
            var from = Start(submission.ResultStart);
            var to = Start(submission.ResultStart + submission.ResultCount);
            content.Append(page.Text, at, from - at);
            foreach (var line in results[submission.Index])
                content.Append(line.Length == 0 ? prefix.TrimEnd() : prefix + line).Append(page.NewLine);
            at = to;
        }
        content.Append(page.Text, at, block.ContentEnd - at);
        var body = content.ToString();
        if (body == page.Text[block.ContentStart..block.ContentEnd]) return null;

        var longest = results.Values.SelectMany(lines => lines).Select(l => LongestRun(l, block.FenceChar)).DefaultIfEmpty(0).Max();
        if (longest < block.FenceLength) return new PageEdit(block.ContentStart, block.ContentEnd, body);

        var fence = new string(block.FenceChar, longest + 1);
        var opening = page.Text[block.OpeningLineStart..block.ContentStart];
        opening = opening[..block.Prefix.Length] + fence + opening[(block.Prefix.Length + block.FenceLength)..];
        var closing = page.Text[block.ContentEnd..block.ClosingLineEnd];
        var closeAt = closing.IndexOf(block.FenceChar);
        var closeRun = LongestRunAt(closing, closeAt, block.FenceChar);
        if (closeRun < fence.Length) closing = closing[..closeAt] + fence + closing[(closeAt + closeRun)..];
        return new PageEdit(block.OpeningLineStart, block.ClosingLineEnd, opening + body + closing);
    }

    static int LongestRun(string line, char c)
    {
        int longest = 0, run = 0;
        foreach (var x in line)
        {
            run = x == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    static int LongestRunAt(string line, int start, char c)
    {
        var end = start;
        while (end < line.Length && line[end] == c) end++;
        return end - start;
    }
}
