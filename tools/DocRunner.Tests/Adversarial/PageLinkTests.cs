using DocRunner.Reporting;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Adversarial;

/// <summary>A page that is a symbolic link to a file outside the repository is refused like such a sample: one line, nothing read or written.</summary>
public class PageLinkTests
{
    [Fact]
    public async Task A_page_linking_outside_the_root_is_one_problem_and_neither_read_nor_replaced()
    {
        using var outside = new TestRepo();
        outside.Write("elsewhere.md", $"{TestRepo.Embed("ok/a.cs")}\n\n```output\nstale\n```\n");
        using var repo = new TestRepo()
            .Sample("ok/a.cs", "Console.WriteLine(\"a\");\n")
            .Page("good", AdversarialAssert.PageOf(("ok/a.cs", "a")));
        File.AppendAllText(Path.Combine(repo.Root, "docs/toc.yml"), "- name: linked\n  href: linked.md\n");
        File.CreateSymbolicLink(Path.Combine(repo.Root, "docs/linked.md"), Path.Combine(outside.Root, "elsewhere.md"));
        var before = TreeSnapshot.Of(repo);
        var outsideBefore = outside.Read("elsewhere.md");

        var report = await repo.Update();

        var record = Assert.Single(report.Records, r => r.Page == "docs/linked.md");
        Assert.Equal(CheckStatus.Problem, record.Status);
        Assert.Contains("link to a file outside the repository", record.Message);
        report.Verified("ok/a.cs");
        before.AssertUnchanged();
        Assert.Equal(outsideBefore, outside.Read("elsewhere.md"));
    }
}
