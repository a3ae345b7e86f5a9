using System.Text;
using DocRunner.Reporting;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Adversarial;

/// <summary>One page with 500 embeds, written with a BOM and CRLF line breaks, in lists and quotes.</summary>
public class LargePageTests
{
    const int Samples = 100;
    const string NewLine = "\r\n";

    /// <summary>Where an embed stands on the page: its line's prefix, and the prefix of the lines of its output block.</summary>
    static readonly (string Embed, string Block, string Blank)[] Containers = [("", "", ""), ("- ", "  ", ""), ("> ", "> ", ">")];

    /// <summary>The five embeds of sample <paramref name="i"/>: whole, two regions, a line range (no output), whole again.</summary>
    static IEnumerable<(string Target, string[]? Output)> EmbedsOf(int i) =>
    [
        ($"big/s{i:000}.cs", [$"s{i} one", $"s{i} two"]),
        ($"big/s{i:000}.cs#one", [$"s{i} one"]),
        ($"big/s{i:000}.cs#two", [$"s{i} two"]),
        ($"big/s{i:000}.cs#L1-L3", null),
        ($"big/s{i:000}.cs", [$"s{i} one", $"s{i} two"]),
    ];

    /// <summary>
    /// The page, with each output block as it should be (<paramref name="final"/>) or in one of three states
    /// chosen by the embed's number: up to date, out of date, or missing.
    /// </summary>
    static string Page(bool final)
    {
        var page = new StringBuilder("# Five hundred embeds" + NewLine + NewLine);
        var n = 0;
        for (var i = 0; i < Samples; i++)
        {
            page.Append($"## Sample {i}{NewLine}{NewLine}");
            foreach (var (target, output) in EmbedsOf(i))
            {
                var (embedPrefix, blockPrefix, blank) = Containers[n % Containers.Length];
                page.Append($"{embedPrefix}{TestRepo.Embed(target)}{NewLine}");
                var state = final ? 0 : n % 3;
                n++;
                if (output is null || state == 2) { page.Append(NewLine); continue; }
                string[] shown = state == 0 ? output : ["out of date", .. output.Select(l => l + " (before)")];
                page.Append(blank + NewLine);
                page.Append($"{blockPrefix}```output{NewLine}");
                foreach (var line in shown) page.Append($"{blockPrefix}{line}{NewLine}");
                page.Append($"{blockPrefix}```{NewLine}{NewLine}");
            }
        }
        page.Append("The end." + NewLine);
        return page.ToString();
    }

    [Fact]
    public async Task A_page_with_500_embeds_runs_and_update_is_byte_exact_and_idempotent()
    {
        using var repo = new TestRepo();
        for (var i = 0; i < Samples; i++)
            repo.Sample($"big/s{i:000}.cs", $"// sample {i}\n#region one\nConsole.WriteLine(\"s{i} one\");\n#endregion\n#region two\n" +
                $"await Task.Delay({i % 5 * 20});\nConsole.WriteLine(\"s{i} two\");\n#endregion\n");
        byte[] bom = [0xEF, 0xBB, 0xBF];
        repo.Page("big", "");
        repo.WriteBytes("docs/big.md", [.. bom, .. Encoding.UTF8.GetBytes(Page(final: false))]);
        Assert.Equal(500, Enumerable.Range(0, Samples).Sum(i => EmbedsOf(i).Count()));

        var update = await repo.Update();
        Assert.True(update.Failed == 0, string.Join("\n", update.Records.Where(r => r.Failed).Take(5).Select(r => $"{r.Line}: {r.Status}: {r.Message}")));
        Assert.Equal(500, update.Records.Count(r => r.Kind == "embed"));
        Assert.Equal(Samples, update.SamplesRun);
        var expected = (byte[])[.. bom, .. Encoding.UTF8.GetBytes(Page(final: true))];
        var written = repo.ReadBytes("docs/big.md");
        if (!expected.AsSpan().SequenceEqual(written))
        {
            var at = Enumerable.Range(0, Math.Min(expected.Length, written.Length)).FirstOrDefault(k => expected[k] != written[k], Math.Min(expected.Length, written.Length));
            var line = Encoding.UTF8.GetString(written, 0, Math.Min(at, written.Length)).Count(c => c == '\n') + 1;
            Assert.Fail($"the page differs from the expected bytes at byte {at}, line {line} ({written.Length:N0} bytes written, {expected.Length:N0} expected)");
        }

        var before = TreeSnapshot.Of(repo);
        var verify = await repo.Verify();
        Assert.Equal(0, verify.Failed);
        Assert.Equal(500, verify.Records.Count(r => r.Kind == "embed" && r.Status == CheckStatus.Passed));
        var again = await repo.Update();
        Assert.Equal(0, again.Failed);
        before.AssertUnchanged();
    }
}
