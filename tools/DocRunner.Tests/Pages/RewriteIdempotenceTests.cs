using DocRunner.Comparing;
using DocRunner.Discovery;
using DocRunner.Pipeline;
using DocRunner.Rewriting;
using DocRunner.Running;
using DocRunner.Running.Workers;
using DocRunner.Samples;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Pages;

/// <summary>
/// Whatever a sample prints, in whatever container its embed sits: <c>update</c> writes a block that <c>verify</c>
/// then passes, a second <c>update</c> changes nothing, and nothing around the block moves. Outputs are generated
/// from pieces chosen to trouble a Markdown writer; a failure names the seed that reproduces it.
/// </summary>
public class RewriteIdempotenceTests : IDisposable
{
    const int Seeds = 500;
    const string SamplePath = "samples/gen/out.cs";
    readonly TestRepo repo = new TestRepo().Sample("gen/out.cs", "Console.WriteLine(1);\n");

    public void Dispose() => repo.Dispose();

    static readonly string[] Pieces =
    [
        "text", "x", " ", "  ", "    ", "\t", "\t\t", "`", "```", "````", "~~~", "~~~~~", "~", "> ", ">", "- ", "* ", "1. ", "# ",
        "<div>", "</div>", "<!--", "-->", "***", "---", "===", "|a|b|", "[!code-csharp[x](../samples/gen/out.cs)]",
        "```output", "~~~output", "\u001edocrunner-enter:r\u001e", "\u001edocrunner-exit:r\u001e", "#region r", "// <r>",
        "\u0000", "\u0001", "\u001b[31m", "\u007f", "\u0085", "\v", "\f", "\r", "\u00a0", "\u2028", "\u200b", "é", "😀", "\ud800", "\\", "&amp;", "$$",
    ];

    /// <summary>The text before the embed that opens its container, and the embed line's own prefix.</summary>
    public static TheoryData<string, string, string> Containers => new()
    {
        { "top level", "", "" },
        { "list item", "", "- " },
        { "ordered item", "", "12. " },
        { "quote", "", "> " },
        { "quote in a list", "", "- > " },
        { "list in a quote", "", "> - " },
        { "nested list", "- outer\n\n", "  - " },
        { "deep nesting", "> - outer\n>\n", ">   1. > " },
        { "indented quote", "", "   > " },
        { "tab after a list marker", "", "-\t" },
        { "tab after a quote marker", "", ">\t" },
        { "tab-indented nested list", "- outer\n\n", "\t- " },
    };

    static string Generate(Random random)
    {
        var lines = new List<string>();
        for (var line = random.Next(0, 6); line >= 0; line--)
            lines.Add(string.Concat(Enumerable.Range(0, random.Next(0, 5)).Select(_ => Pieces[random.Next(Pieces.Length)])));
        return string.Join(random.Next(3) == 0 ? "\r\n" : "\n", lines) + (random.Next(2) == 0 ? "\n" : "");
    }

    [Theory]
    [MemberData(nameof(Containers))]
    public void Update_then_verify_passes_and_a_second_update_changes_nothing(string container, string opening, string prefix)
    {
        var failures = new List<string>();
        for (var seed = 0; seed < Seeds; seed++)
        {
            var printed = Generate(new Random(seed));
            var stale = seed % 2 == 0 ? "" : $"\n{OutputBlockWriter.ContinuationPrefix(prefix)}```output\n{OutputBlockWriter.ContinuationPrefix(prefix)}stale\n{OutputBlockWriter.ContinuationPrefix(prefix)}```\n";
            var page = $"# Page\n\n{opening}{prefix}{TestRepo.Embed("gen/out.cs")}\n{stale}\nAfter the block.\n";
            var problem = Check(page, printed);
            if (problem is not null) failures.Add($"seed {seed} ({container}), printed {Show(printed)}: {problem}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {Seeds} outputs failed:\n{string.Join("\n", failures.Take(8))}");
    }

    string? Check(string page, string printed)
    {
        var first = Update(page, printed, out var firstProblem);
        if (first is null) return firstProblem;
        var second = Update(first, printed, out var secondProblem);
        if (second is null) return $"after the first update: {secondProblem}\n{Show(first)}";
        if (second != first) return $"the second update changed the page:\n{Show(first)}\n→\n{Show(second)}";
        if (!first.EndsWith("\nAfter the block.\n")) return $"the text after the block moved:\n{Show(first)}";
        return null;
    }

    /// <summary>One update as the tool does it; null (and why) when verify of the result would not pass.</summary>
    string? Update(string text, string printed, out string? problem)
    {
        var page = PageParser.Parse(repo.Root, "docs/page.md", System.Text.Encoding.UTF8.GetBytes(text));
        var samples = SampleSet.From(repo.Root, [page], TimeSpan.FromSeconds(30));
        var run = new SampleRun(SamplePath, OutcomeKind.Completed, printed, new Dictionary<string, string>(),
            new Dictionary<string, bool>(), "", "", 0, "test", false);
        var runs = new RunResults(new() { [SamplePath] = run });
        var verdict = Verdicts.Judge(page, samples, runs, updating: true);
        problem = string.Join("; ", verdict.Records.Where(r => r.Failed).Select(r => $"{r.Line}: {r.Message}"));
        if (verdict.HasFailures || page.Embeds.Count != 1) { problem = $"{problem} ({page.Embeds.Count} embeds)\n{Show(text)}"; return null; }
        return OutputBlockWriter.Apply(page.Text.Text, verdict.Edits);
    }

    static string Show(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
