using DocRunner.Reporting;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Engine;

public class SecondRunTests
{
    /// <summary>A sample that prints "first" the first time it runs and "again" after that (it leaves a mark outside the repository).</summary>
    static string FirstThenAgain(string mark) => $$"""
        var mark = "{{mark}}";
        if (File.Exists(mark)) Console.WriteLine("again");
        else { File.WriteAllText(mark, ""); Console.WriteLine("first"); }
        """;

    [Fact]
    public async Task A_sample_that_disagrees_once_is_run_again_alone_judged_on_that_run_and_named_in_the_report()
    {
        var marks = Directory.CreateTempSubdirectory("docrunner-marks-").FullName;
        try
        {
            using var repo = new TestRepo().Sample("f/flaky.cs", FirstThenAgain(Path.Combine(marks, "ran")))
                .Page("f", $"{TestRepo.Embed("f/flaky.cs")}\n\n```output\nagain\n```\n");
            var report = await repo.Verify();
            var record = Assert.Single(report.Records, r => r.Kind == "embed");
            Assert.Equal(CheckStatus.Passed, record.Status);
            Assert.Equal(["samples/f/flaky.cs"], report.RanAgain);
        }
        finally { Directory.Delete(marks, recursive: true); }
    }

    [Fact]
    public async Task A_sample_that_disagrees_twice_is_drift_and_is_not_named_as_flaky()
    {
        using var repo = new TestRepo().Sample("d/drift.cs", "Console.WriteLine(\"now\");")
            .Page("d", $"{TestRepo.Embed("d/drift.cs")}\n\n```output\nthen\n```\n");
        var report = await repo.Verify();
        Assert.Equal(CheckStatus.Drift, Assert.Single(report.Records, r => r.Kind == "embed").Status);
        Assert.Empty(report.RanAgain ?? []);
    }

    [Fact]
    public async Task A_cached_result_that_disagrees_with_the_page_is_not_trusted_but_run_for_real()
    {
        var marks = Directory.CreateTempSubdirectory("docrunner-marks-").FullName;
        try
        {
            using var repo = new TestRepo().Sample("c/cached.cs", FirstThenAgain(Path.Combine(marks, "ran")))
                .Page("c", $"{TestRepo.Embed("c/cached.cs")}\n\n```output\nfirst\n```\n");
            var options = new DocRunner.Pipeline.RunOptions(repo.Root, [], Update: false, UseCache: true, TimeSpan.FromSeconds(30));
            var first = await DocRunner.Pipeline.GuideRun.ExecuteAsync(options);
            Assert.Equal(CheckStatus.Passed, Assert.Single(first.Records, r => r.Kind == "embed").Status);
            // The cache now holds "first"; the page is changed to what a real run prints now.
            repo.Write("docs/c.md", $"{TestRepo.Embed("c/cached.cs")}\n\n```output\nagain\n```\n");
            var second = await DocRunner.Pipeline.GuideRun.ExecuteAsync(options);
            Assert.Equal(CheckStatus.Passed, Assert.Single(second.Records, r => r.Kind == "embed").Status);
        }
        finally { Directory.Delete(marks, recursive: true); }
    }
}
