using DocRunner.Reporting;
using DocRunner.Scaffolding;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Site;

public class PlaceholderCheckTests
{
    [Fact]
    public async Task A_page_still_holding_a_placeholder_sentence_fails_verify_at_its_line()
    {
        using var repo = new TestRepo()
            .Page("done", "# Done\n\nA real paragraph.\n")
            .Page("draft", $"# Draft\n\nA real paragraph.\n\n{ChapterScaffold.Placeholders[1]}\n");

        var report = await repo.Verify();

        var failure = Assert.Single(report.Records, r => r.Failed);
        Assert.Equal(("docs/draft.md", 5, CheckStatus.Problem), (failure.Page, failure.Line, failure.Status));
        Assert.Contains("placeholder", failure.Message);
    }
}
