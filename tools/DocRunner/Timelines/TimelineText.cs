using System.Globalization;

namespace DocRunner.Timelines;

/// <summary>
/// The text of a <c>```timeline</c> block: a header, then one bar per line, columns separated by <c>|</c> and padded
/// so that the block reads as a table and a changed bar is one changed line in a diff.
/// <code>
/// lane    | bar   | start ms | end ms
/// reports | sales |        0 |    301
/// </code>
/// </summary>
public static class TimelineText
{
    static readonly string[] Header = ["lane", "bar", "start ms", "end ms"];

    public static IReadOnlyList<string> Format(IReadOnlyList<TimelineBar> bars)
    {
        string[][] rows = [Header, .. bars.Select(b => new[] { b.Lane, b.Label, Ms(b.Start), Ms(b.End) })];
        var widths = Enumerable.Range(0, 4).Select(column => rows.Max(r => r[column].Length)).ToArray();
        return [.. rows.Select(r => string.Join(" | ",
            r[0].PadRight(widths[0]), r[1].PadRight(widths[1]), r[2].PadLeft(widths[2]), r[3].PadLeft(widths[3])).TrimEnd())];
    }

    static string Ms(long ms) => ms.ToString(CultureInfo.InvariantCulture);

    /// <summary>A page's bars, each with its index among the block's lines; or the problems that make the block unreadable.</summary>
    public static (IReadOnlyList<(TimelineBar Bar, int LineIndex)> Bars, IReadOnlyList<(int LineIndex, string Message)> Problems) Parse(IReadOnlyList<string> lines)
    {
        var bars = new List<(TimelineBar, int)>();
        var problems = new List<(int, string)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var cells = lines[i].Split('|').Select(c => c.Trim()).ToArray();
            if (cells.SequenceEqual(Header)) continue;
            if (cells.Length != 4)
            {
                problems.Add((i, "a timeline line is `lane | bar | start ms | end ms`"));
                continue;
            }
            if (!long.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !long.TryParse(cells[3], NumberStyles.None, CultureInfo.InvariantCulture, out var end) || end < start)
            {
                problems.Add((i, "a bar's start and end are whole milliseconds, and it ends no earlier than it starts"));
                continue;
            }
            if (cells[0].Length == 0 || cells[1].Length == 0)
            {
                problems.Add((i, "a bar needs a lane and a label"));
                continue;
            }
            bars.Add((new TimelineBar(cells[0], cells[1], start, end), i));
        }
        return (bars, problems);
    }
}
