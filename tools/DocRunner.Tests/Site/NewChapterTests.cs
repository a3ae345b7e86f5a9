using DocRunner.Scaffolding;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Site;

public class NewChapterTests
{
    [Fact]
    public void New_chapter_says_what_it_created_and_that_it_changed_the_toc()
    {
        using var repo = new TestRepo().Page("first", "# First\n");
        var messages = ChapterScaffold.Create(repo.Root, "Async locks").Messages().ToList();
        Assert.Equal(
        [
            "created docs/async-locks.md",
            "created samples/async-locks/hello.cs",
            "changed docs/toc.yml: added \"Async locks\" at the end of the chapters",
        ], messages);
    }
}
