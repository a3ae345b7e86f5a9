using DocRunner.Discovery;
using DocRunner.Reporting;
using DocRunner.Scaffolding;

namespace DocRunner.Checks;

/// <summary>A page that still holds a sentence <c>new-chapter</c> wrote as a placeholder is not finished: each one fails at its line.</summary>
public static class PlaceholderCheck
{
    public static IReadOnlyList<CheckRecord> Run(IEnumerable<Page> pages)
    {
        var records = new List<CheckRecord>();
        foreach (var page in pages)
        {
            var lines = page.Text.Text.Split('\n');
            for (var index = 0; index < lines.Length; index++)
                foreach (var placeholder in ChapterScaffold.Placeholders.Where(p => lines[index].Contains(p, StringComparison.Ordinal)))
                    records.Add(new(page.RelativePath, index + 1, "placeholder", null, null, CheckStatus.Problem,
                        $"still holds the placeholder that new-chapter wrote (\"{placeholder}\"); replace it with the chapter's own words", []));
        }
        return records;
    }
}
