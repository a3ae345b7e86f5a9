using System.Text.RegularExpressions;
using DocRunner.Reporting;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Timelines;

/// <summary>Timelines through the whole pipeline: spans recorded in the worker, written by update, checked by verify.</summary>
public class TimelineEngineTests
{
    const string Jobs = """
        using System.Diagnostics;
        var trace = new ActivitySource("jobs");
        await Job("first", 200, null);
        await Task.WhenAll(Job("a", 200, "one"), Job("b", 200, "two"));
        Console.WriteLine("done");

        async Task Job(string name, int ms, string? lane)
        {
            using Activity? span = trace.StartActivity(name);
            if (lane is not null) span?.SetTag("lane", lane);
            await Task.Delay(ms);
        }
        """;

    static TestRepo Repo(string timeline = "```timeline\n```\n") => new TestRepo()
        .Sample("t/jobs.cs", Jobs)
        .Page("t", $"# T\n\n{TestRepo.Embed("t/jobs.cs")}\n\n```output\ndone\n```\n\n{timeline}");

    static string Tamper(string page, string lane, string label, Func<long, long, (long, long)> change) =>
        Regex.Replace(page, $@"^({Regex.Escape(lane)}\s*\| {Regex.Escape(label)}\s*\|\s*)(\d+)(\s*\|\s*)(\d+)$", m =>
        {
            var (start, end) = change(long.Parse(m.Groups[2].Value), long.Parse(m.Groups[4].Value));
            return $"{m.Groups[1].Value}{start}{m.Groups[3].Value}{end}";
        }, RegexOptions.Multiline);

    [Fact]
    public async Task Update_records_the_run_and_verify_then_passes()
    {
        using var repo = Repo();
        var verify = await repo.Verify();
        var empty = Assert.Single(verify.Records, r => r.Kind == "timeline");
        Assert.Equal((CheckStatus.MissingOutput, 9), (empty.Status, empty.Line));

        var update = await repo.Update();
        Assert.Equal(0, update.Failed);
        var lines = repo.Read("docs/t.md").Split('\n');
        Assert.Equal("lane | bar   | start ms | end ms", lines[9]);
        Assert.Matches(@"^jobs \| first \|\s+0 \|\s+2\d\d$", lines[10]);
        Assert.Matches(@"^(one  \| a    |two  \| b    ) \|\s+2\d\d \|\s+4\d\d$", lines[11]);
        Assert.Matches(@"^(one  \| a    |two  \| b    ) \|\s+2\d\d \|\s+4\d\d$", lines[12]);
        Assert.Equal("```", lines[13]);

        var again = await repo.Verify();
        Assert.Equal(0, again.Failed);
        Assert.Equal(CheckStatus.Passed, Assert.Single(again.Records, r => r.Kind == "timeline").Status);
    }

    [Fact]
    public async Task A_tampered_timeline_fails_with_its_page_and_line_and_verify_never_writes()
    {
        using var repo = Repo();
        await repo.Update();
        // The page now claims the first job ran alongside the other two.
        var tampered = Tamper(repo.Read("docs/t.md"), "jobs", "first", (start, end) => (start, end + 200));
        Assert.NotEqual(repo.Read("docs/t.md"), tampered);
        repo.Write("docs/t.md", tampered);

        var report = await repo.Verify();
        var drift = Assert.Single(report.Records, r => r.Kind == "timeline");
        Assert.Equal(CheckStatus.Drift, drift.Status);
        Assert.Equal(("docs/t.md", 11), (drift.Page, drift.Line));
        Assert.Contains("docs/t.md:11: in the timeline, at most 3 bars ran at once on the page, and 2 in this run", drift.Details);
        Assert.Contains("--- docs/t.md:10 (page)", drift.Details);
        Assert.Equal(tampered, repo.Read("docs/t.md"));

        var renamed = tampered.Replace("two  | b", "three | b");
        repo.Write("docs/t.md", renamed);
        var missing = Assert.Single((await repo.Verify()).Records, r => r.Kind == "timeline");
        Assert.Equal(CheckStatus.Drift, missing.Status);
        Assert.Contains(missing.Details, d => d.Contains("`three | b` is on the page but not in this run"));
    }

    [Fact]
    public async Task Update_rewrites_a_timeline_only_when_it_no_longer_matches()
    {
        using var repo = Repo();
        await repo.Update();
        // Within the tolerance: a little longer, as on a busy machine. Update leaves every byte.
        var nudged = Tamper(repo.Read("docs/t.md"), "jobs", "first", (start, end) => (start, end - 10));
        repo.Write("docs/t.md", nudged);
        Assert.Equal(0, (await repo.Verify()).Failed);
        await repo.Update();
        Assert.Equal(nudged, repo.Read("docs/t.md"));

        // Beyond it: the first job claims 2 s. Update records the run again.
        var wrong = Tamper(nudged, "jobs", "first", (start, end) => (start, 2000));
        repo.Write("docs/t.md", wrong);
        var update = await repo.Update();
        Assert.Equal(CheckStatus.Updated, Assert.Single(update.Records, r => r.Kind == "timeline").Status);
        Assert.DoesNotContain("2000", repo.Read("docs/t.md"));
        Assert.Equal(0, (await repo.Verify()).Failed);
    }

    [Fact]
    public async Task A_sample_that_runs_with_dotnet_run_has_its_spans_recorded_by_a_startup_hook()
    {
        using var repo = new TestRepo()
            .Sample("t/jobs.cs", "#:property LangVersion=preview\n" + Jobs)
            .Page("t", $"# T\n\n{TestRepo.Embed("t/jobs.cs")}\n\n```output\ndone\n```\n\n```timeline\n```\n");
        var update = await repo.Update();
        Assert.Equal(0, update.Failed);
        Assert.Equal(CheckStatus.Updated, Assert.Single(update.Records, r => r.Kind == "timeline").Status);
        var lines = repo.Read("docs/t.md").Split('\n');
        Assert.Matches(@"^jobs \| first \|\s+0 \|\s+2\d\d$", lines[10]);
        Assert.Equal(4, lines.Count(l => l.Contains(" | ")));
        Assert.Equal(0, (await repo.Verify()).Failed);
    }

    [Fact]
    public async Task A_timeline_that_cannot_be_recorded_or_read_is_a_problem_at_its_line()
    {
        using var repo = new TestRepo()
            .Sample("t/quiet.cs", "Console.WriteLine(\"no spans\");\n")
            .Sample("t/jobs.cs", Jobs)
            .Page("q", $"# Q\n\n{TestRepo.Embed("t/quiet.cs")}\n\n```output\nno spans\n```\n\n```timeline\n```\n\n## Later\n\n```timeline\n```\n")
            .Page("bad", $"# B\n\n{TestRepo.Embed("t/jobs.cs")}\n\n```output\ndone\n```\n\n```timeline\njobs | first | 0\n```\n\n```timeline lanes\n```\n");
        var report = await repo.Update();
        var quiet = Assert.Single(report.Records, r => r.Kind == "timeline" && r.Page == "docs/q.md");
        Assert.Equal((CheckStatus.Problem, 9), (quiet.Status, quiet.Line));
        Assert.Contains("recorded no spans", quiet.Message);
        Assert.Contains(report.Records, r => r is { Page: "docs/q.md", Line: 14, Status: CheckStatus.Problem } && r.Message.Contains("no embed before it"));
        Assert.Contains(report.Records, r => r is { Page: "docs/bad.md", Line: 10, Kind: "timeline", Status: CheckStatus.Problem });
        Assert.Contains(report.Records, r => r is { Page: "docs/bad.md", Line: 13, Status: CheckStatus.Problem } && r.Message.Contains("takes no options"));
        Assert.Contains("jobs | first | 0\n", repo.Read("docs/bad.md"));
    }
}
