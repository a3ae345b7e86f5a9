using DocRunner.Reporting;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Sessions;

/// <summary>Sessions through the whole run: verify fails on a difference, update rewrites results only, then nothing changes.</summary>
[Collection(SessionWorkersCollection.Name)]
public class SessionPipelineTests
{
    const string Page = """
        # Task states

        Watch a task finish:

        ```csharp-interactive
        > var t = Task.Delay(300);
        > t.IsCompleted
        true
        > await t;
        > t.IsCompleted
        true
        > var results = new List<int>();
        > foreach (var i in Enumerable.Range(1, 3))
        .     results.Add(i * i);
        > results
        > throw new InvalidOperationException("on purpose");
        ```

        The end.
        """;

    [Fact]
    public async Task Verify_fails_update_rewrites_the_results_in_place_and_a_second_update_changes_nothing()
    {
        using var repo = new TestRepo().Page("states", Page);
        var before = repo.ReadBytes("docs/states.md");

        var verify = await repo.Verify();
        var drift = verify.Records.Single(r => r.Kind == "session");
        Assert.Equal(CheckStatus.Drift, drift.Status);
        Assert.Equal(7, drift.Line);
        Assert.Contains("- true", drift.Details);
        Assert.Contains("+ false", drift.Details);
        Assert.Equal(before, repo.ReadBytes("docs/states.md"));

        var update = await repo.Update();
        Assert.Equal(0, update.Failed);
        Assert.Equal(CheckStatus.Updated, update.Records.Single(r => r.Kind == "session").Status);
        var expected = Page
            .Replace("> t.IsCompleted\ntrue\n> await t;", "> t.IsCompleted\nfalse\n> await t;")
            .Replace("> results\n", "> results\nList<int>(3) { 1, 4, 9 }\n")
            .Replace("\"on purpose\");\n", "\"on purpose\");\nSystem.InvalidOperationException: on purpose\n");
        Assert.Equal(expected, repo.Read("docs/states.md"));

        var again = await repo.Verify();
        Assert.Equal(CheckStatus.Passed, again.Records.Single(r => r.Kind == "session").Status);
        var written = repo.ReadBytes("docs/states.md");
        await repo.Update();
        Assert.Equal(written, repo.ReadBytes("docs/states.md"));
    }

    [Fact]
    public async Task A_page_whose_session_fails_is_not_rewritten()
    {
        using var repo = new TestRepo().Page("broken", "```csharp-interactive\n> 1 + 1\n3\n> undefinedThing\n```\n");
        var before = repo.ReadBytes("docs/broken.md");
        var update = await repo.Update();
        var record = update.Records.Single(r => r.Kind == "session");
        Assert.Equal(CheckStatus.CompileError, record.Status);
        Assert.Equal(4, record.Line);
        Assert.Equal(before, repo.ReadBytes("docs/broken.md"));
    }
}
