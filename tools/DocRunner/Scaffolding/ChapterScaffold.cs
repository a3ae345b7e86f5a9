using System.Text;
using System.Text.RegularExpressions;
using DocRunner.Discovery;

namespace DocRunner.Scaffolding;

/// <summary>Creates a new chapter: its page, its sample folder with one runnable sample, and its entry in docs/toc.yml.</summary>
public static partial class ChapterScaffold
{
    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();

    public static string Slug(string title) => NotSlug().Replace(title.ToLowerInvariant(), "-").Trim('-');

    /// <summary>What new-chapter did: the files it created and the file it changed.</summary>
    public sealed record Result(IReadOnlyList<string> Created, IReadOnlyList<string> Changed, string Title)
    {
        public IEnumerable<string> Messages()
        {
            foreach (var path in Created) yield return $"created {path}";
            foreach (var path in Changed) yield return $"changed {path}: added \"{Title}\" at the end of the chapters";
        }
    }

    public static Result Create(string root, string title)
    {
        var slug = Slug(title);
        if (slug.Length == 0) throw new ConfigurationException($"'{title}' gives an empty file name; use letters or digits in the title");
        var page = $"docs/{slug}.md";
        var sample = $"samples/{slug}/hello.cs";
        foreach (var path in new[] { page, $"samples/{slug}" })
            if (Path.Exists(Path.Combine(root, path)))
                throw new ConfigurationException($"{path} already exists; choose another title");
        var toc = Path.Combine(root, "docs", "toc.yml");
        if (!File.Exists(toc)) throw new ConfigurationException("docs/toc.yml not found; run new-chapter from the guide's root");

        Directory.CreateDirectory(Path.Combine(root, "samples", slug));
        File.WriteAllText(Path.Combine(root, sample), SampleText(title));
        File.WriteAllText(Path.Combine(root, page), PageText(title, sample));
        AppendTocEntry(toc, title, $"{slug}.md");
        return new([page, sample], ["docs/toc.yml"], title);
    }

    static string SampleText(string title) => $$"""
        // A first sample for "{{title}}": replace it with the program your chapter needs.
        var started = DateTime.UtcNow;
        await Task.Delay(100);
        var waited = DateTime.UtcNow - started >= TimeSpan.FromMilliseconds(90);
        Console.WriteLine($"Waited without blocking a thread: {waited}");

        """;

    /// <summary>The sentences a new page holds until its author replaces them; verify fails while any is left.</summary>
    public static readonly IReadOnlyList<string> Placeholders =
    [
        "Say in one paragraph which problem this chapter solves, in the reader's words.",
        "Introduce the idea in a sentence or two, then show the program.",
        "Say what the output above shows.",
    ];

    static string PageText(string title, string sample) => $"""
        # {title}

        {Placeholders[0]}

        ## A first sample

        {Placeholders[1]}

        [!code-csharp[{sample}](../{sample})]

        {Placeholders[2]} Run `./docrunner update` to record the output under the sample.

        """;

    /// <summary>Adds the entry at the end, keeping the file's own line breaks.</summary>
    static void AppendTocEntry(string toc, string title, string href)
    {
        var text = File.ReadAllText(toc);
        var newLine = text.Contains("\r\n") ? "\r\n" : "\n";
        var entry = new StringBuilder();
        if (text.Length > 0 && !text.EndsWith('\n')) entry.Append(newLine);
        entry.Append($"- name: {Quote(title)}{newLine}  href: {href}{newLine}");
        File.AppendAllText(toc, entry.ToString());
    }

    static string Quote(string title) =>
        title.IndexOfAny([':', '#', '"', '\'', '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '%', '@', '`']) >= 0 || title != title.Trim()
            ? "\"" + title.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\""
            : title;
}
