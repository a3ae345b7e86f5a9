using System.Text;

namespace DocRunner.Comparing;

/// <summary>
/// Turns what a program printed into the lines a page shows: carriage-return progress collapsed the way a
/// terminal shows it, trailing whitespace and trailing blank lines dropped, control characters made visible,
/// unpaired surrogates replaced. Pages are compared and written in this form.
/// </summary>
public static class OutputText
{
    public static IReadOnlyList<string> Lines(string printed)
    {
        var lines = printed.Replace("\r\n", "\n").Split('\n').Select(Clean).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    public static IReadOnlyList<string> PageLines(IEnumerable<string> contentLines) =>
        Lines(string.Join("\n", contentLines));

    static string Clean(string line)
    {
        if (line.Contains('\r')) line = Overwrite(line);
        var text = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1])) { text.Append(c).Append(line[++i]); continue; }
            if (char.IsSurrogate(c)) { text.Append('\uFFFD'); continue; }
            if (c == '\t' || !char.IsControl(c)) { text.Append(c); continue; }
            text.Append(c < 0x20 ? (char)(0x2400 + c) : c == 0x7F ? '\u2421' : '\uFFFD');
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>A line with carriage returns, as a terminal leaves it: later text overwrites earlier text.</summary>
    static string Overwrite(string line)
    {
        var screen = new StringBuilder();
        var column = 0;
        foreach (var c in line)
        {
            if (c == '\r') { column = 0; continue; }
            if (column < screen.Length) screen[column] = c; else screen.Append(c);
            column++;
        }
        return screen.ToString();
    }
}
