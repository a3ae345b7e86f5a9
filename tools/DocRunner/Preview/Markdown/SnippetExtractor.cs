using System.Text;
using System.Text.RegularExpressions;

namespace DocRunner.Preview.Markdown;

/// <summary>The code a snippet include shows, or why it shows none.</summary>
public sealed record SnippetText(string Code, string? Problem, string? HighlightLines);

/// <summary>
/// Cuts the shown code out of an included file the way DocFX does: a tag (<c>// &lt;name&gt;</c> … <c>// &lt;/name&gt;</c>)
/// or region (<c>#region name</c> … <c>#endregion</c>) shows the lines between its markers with every marker line of
/// that kind removed; <c>#L3-L9</c>, <c>?start=&amp;end=</c> and <c>?range=1-3,7</c> show line ranges; then the lines are
/// dedented by their smallest indent (tabs count to the next multiple of four), or by <c>?dedent=N</c>.
/// </summary>
public static partial class SnippetExtractor
{
    [GeneratedRegex(@"^L(?<start>\d+)(?:-(?:L(?<end>\d+))?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Bookmark();
    [GeneratedRegex(@"^\s*//\s*<(?<close>/?)(?<name>[\w\.-]+)>\s*$")]
    private static partial Regex CommentTag();
    [GeneratedRegex(@"^\s*#\s*region\b\s*(?<name>.*?)\s*$")]
    private static partial Regex RegionStart();
    [GeneratedRegex(@"^\s*#\s*endregion\b")]
    private static partial Regex RegionEnd();

    public static SnippetText Extract(string fileText, string? fragment, string query)
    {
        var lines = SplitLines(fileText);
        var parameters = ParseQuery(query);
        var highlight = parameters.GetValueOrDefault("highlight");
        int? dedent = int.TryParse(parameters.GetValueOrDefault("dedent"), out var d) && d >= 0 ? d : null;

        if (fragment is { Length: > 0 } && Bookmark().Match(fragment) is { Success: true } bookmark)
        {
            var start = int.Parse(bookmark.Groups["start"].Value);
            var end = bookmark.Groups["end"].Success ? int.Parse(bookmark.Groups["end"].Value)
                : fragment.Contains('-') ? int.MaxValue : start;
            return Show(lines, [(start, end)], [], dedent, highlight);
        }
        if (fragment is { Length: > 0 })
        {
            var found = FindTag(lines, fragment, CommentTagsOf) ?? FindTag(lines, fragment, RegionsOf);
            return found is { } tag
                ? Show(lines, [(tag.Start, tag.End)], tag.MarkerLines, dedent, highlight)
                : new SnippetText("", $"the included file has no region or tag named '{fragment}'", highlight);
        }
        if (parameters.ContainsKey("start") || parameters.ContainsKey("end"))
        {
            var start = int.TryParse(parameters.GetValueOrDefault("start"), out var s) ? s : 1;
            var end = int.TryParse(parameters.GetValueOrDefault("end"), out var e) ? e : int.MaxValue;
            return Show(lines, [(start, end)], [], dedent, highlight);
        }
        if (parameters.GetValueOrDefault("range") is { Length: > 0 } range)
        {
            var ranges = new List<(int, int)>();
            foreach (var part in range.Split(','))
            {
                var bounds = part.Split('-');
                if (!int.TryParse(bounds[0], out var from)) return new SnippetText("", $"'range={range}' is not a list of line ranges", highlight);
                var to = bounds.Length == 1 ? from : int.TryParse(bounds[1], out var t) ? t : int.MaxValue;
                ranges.Add((from, to));
            }
            return Show(lines, ranges, [], dedent, highlight);
        }
        return Show(lines, [(1, int.MaxValue)], [], dedent, highlight);
    }

    /// <summary>Lines as a text reader sees them: <c>\r\n</c>, <c>\n</c> or <c>\r</c> end a line; a final break adds none.</summary>
    public static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }

    sealed record Tag(int Start, int End, HashSet<int> MarkerLines);

    static Tag? FindTag(List<string> lines, string name, Func<List<string>, (Dictionary<string, (int Open, int Close)> Tags, HashSet<int> Markers)> scan)
    {
        var (tags, markers) = scan(lines);
        foreach (var candidate in new[] { name, "snippet" + name })
            if (tags.TryGetValue(candidate, out var tag))
                // Ranges are 1-based and inclusive: the lines strictly between the two marker lines.
                return new Tag(tag.Open + 2, tag.Close, markers);
        return null;
    }

    static (Dictionary<string, (int, int)>, HashSet<int>) CommentTagsOf(List<string> lines)
    {
        var tags = new Dictionary<string, (int, int)>(StringComparer.OrdinalIgnoreCase);
        var open = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var markers = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var match = CommentTag().Match(lines[i]);
            if (!match.Success) continue;
            markers.Add(i);
            var name = match.Groups["name"].Value;
            if (match.Groups["close"].Value.Length == 0) open[name] = i;
            else if (open.Remove(name, out var start)) tags.TryAdd(name, (start, i));
        }
        return (tags, markers);
    }

    static (Dictionary<string, (int, int)>, HashSet<int>) RegionsOf(List<string> lines)
    {
        var tags = new Dictionary<string, (int, int)>(StringComparer.OrdinalIgnoreCase);
        var open = new Stack<(string Name, int Line)>();
        var markers = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (RegionStart().Match(lines[i]) is { Success: true } start)
            {
                markers.Add(i);
                open.Push((start.Groups["name"].Value.Replace(" ", ""), i));
            }
            else if (RegionEnd().IsMatch(lines[i]))
            {
                markers.Add(i);
                if (open.Count > 0 && open.Pop() is var (name, line)) tags.TryAdd(name, (line, i));
            }
        }
        return (tags, markers);
    }

    static SnippetText Show(List<string> lines, IEnumerable<(int Start, int End)> ranges, HashSet<int> skip, int? dedent, string? highlight)
    {
        var shown = new List<string>();
        var indent = int.MaxValue;
        foreach (var (start, end) in ranges)
            for (var i = Math.Max(start - 1, 0); i < Math.Min(end, lines.Count); i++)
            {
                if (skip.Contains(i)) continue;
                if (lines[i].Length == 0) { shown.Add(""); continue; }
                var (expanded, width) = ExpandIndent(lines[i]);
                indent = Math.Min(indent, width);
                shown.Add(expanded);
            }
        var by = dedent ?? (indent == int.MaxValue ? 0 : indent);
        var code = new StringBuilder();
        foreach (var line in shown) code.Append(Dedent(line, by)).Append('\n');
        return new SnippetText(code.ToString(), null, highlight);
    }

    /// <summary>The line with its leading tabs turned into spaces (to the next multiple of four), and that indent's width.</summary>
    static (string Line, int Width) ExpandIndent(string line)
    {
        var width = 0;
        var i = 0;
        for (; i < line.Length && line[i] is ' ' or '\t'; i++)
            width = line[i] == ' ' ? width + 1 : (width / 4 + 1) * 4;
        return (new string(' ', width) + line[i..], width);
    }

    static string Dedent(string line, int by)
    {
        var i = 0;
        while (i < by && i < line.Length && line[i] == ' ') i++;
        return line[i..];
    }

    static Dictionary<string, string> ParseQuery(string query)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            if (eq > 0) result[Uri.UnescapeDataString(pair[..eq])] = Uri.UnescapeDataString(pair[(eq + 1)..]);
        }
        return result;
    }
}
