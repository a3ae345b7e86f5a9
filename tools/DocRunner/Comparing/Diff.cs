using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace DocRunner.Comparing;

/// <summary>A unified-style diff of page lines (-) against printed lines (+), with a little context.</summary>
public static class Diff
{
    public static IReadOnlyList<string> Unified(IReadOnlyList<string> expected, IReadOnlyList<string> actual, int context = 3)
    {
        var model = new InlineDiffBuilder(new Differ()).BuildDiffModel(string.Join("\n", expected), string.Join("\n", actual), ignoreWhitespace: false);
        var lines = model.Lines.Select(l => l.Type switch
        {
            ChangeType.Deleted => "- " + l.Text,
            ChangeType.Inserted => "+ " + l.Text,
            _ => "  " + l.Text,
        }).ToList();
        var changed = lines.Select((l, i) => (l, i)).Where(p => p.l[0] != ' ').Select(p => p.i).ToList();
        if (changed.Count == 0) return [];
        var keep = new bool[lines.Count];
        foreach (var i in changed)
            for (var j = Math.Max(0, i - context); j <= Math.Min(lines.Count - 1, i + context); j++) keep[j] = true;
        var result = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (keep[i]) result.Add(lines[i]);
            else if (result.Count == 0 || result[^1] != "  …") result.Add("  …");
        }
        return result;
    }
}
