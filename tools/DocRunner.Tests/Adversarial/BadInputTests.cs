using System.Diagnostics;
using DocRunner.Reporting;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Adversarial;

/// <summary>Each bad input is one clear line naming the file and line (or the option); the rest of the run goes on; no page changes.</summary>
public class BadInputTests
{
    static TestRepo WithGoodPage() => new TestRepo()
        .Sample("ok/a.cs", "Console.WriteLine(\"a\");\n")
        .Sample("ok/b.cs", "Console.WriteLine(\"b1\");\nConsole.WriteLine(\"b2\");\n")
        .Page("good", AdversarialAssert.PageOf(("ok/a.cs", "a")));

    [Theory]
    [InlineData("timeout=1e300")]
    [InlineData("timeout=Infinity")]
    [InlineData("timeout=NaN")]
    [InlineData("timeout=-5")]
    [InlineData("timeout=3601")]
    public async Task An_out_of_range_timeout_in_an_info_string_is_a_problem_on_its_line(string option)
    {
        using var repo = WithGoodPage().Page("bad", $"# Bad\n\n{TestRepo.Embed("ok/b.cs")}\n\n```output {option}\nstale\n```\n");
        var before = TreeSnapshot.Of(repo);

        var report = await repo.Update();

        var record = Assert.Single(report.Records, r => r.Page == "docs/bad.md");
        Assert.Equal(CheckStatus.Problem, record.Status);
        Assert.Equal(5, record.Line);
        Assert.Contains(option, record.Message);
        Assert.Contains("at most 3600", record.Message);
        report.Verified("ok/a.cs");
        before.AssertUnchanged();
    }

    [Fact]
    public async Task A_tab_in_an_info_string_separates_options_like_a_space()
    {
        using var repo = WithGoodPage().Page("tab", $"{TestRepo.Embed("ok/b.cs")}\n\n```output\tunordered\nb2\nb1\n```\n");

        var report = await repo.Verify();

        report.Verified("ok/a.cs", "ok/b.cs");
    }

    [Theory]
    [InlineData("[!code-csharp[x](../samples/ok/a b.cs)]", 3)]
    [InlineData("[!code-csharp[x](../samples/ok/b.cs)] and then some words", 3)]
    [InlineData("Some prose, then\n[!code-csharp[x](../samples/ok/b.cs)] (see above)", 4)]
    [InlineData("- a list item\n\n  > [!code-csharp[x](../samples/ok/b.cs) ]", 5)]
    public async Task A_line_that_looks_like_an_embed_but_cannot_be_read_fails_verify_on_its_line(string line, int lineNumber)
    {
        using var repo = WithGoodPage().Page("odd", $"# Odd\n\n{line}\n\nThe syntax is `[!code-csharp[](../samples/ok/b.cs)]`, shown in code.\n");
        var before = TreeSnapshot.Of(repo);

        var verify = await repo.Verify();
        var update = await repo.Update();

        foreach (var report in new[] { verify, update })
        {
            var record = Assert.Single(report.Records, r => r.Page == "docs/odd.md" && r.Failed);
            Assert.Equal(lineNumber, record.Line);
            Assert.Contains("looks like an embed", record.Message);
            report.Verified("ok/a.cs");
        }
        before.AssertUnchanged();
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("3601")]
    public void An_out_of_range_timeout_option_is_a_usage_error_naming_the_option(string seconds)
    {
        using var repo = WithGoodPage();
        var before = TreeSnapshot.Of(repo);

        var (code, output, error) = DocRunnerProcess.RunWrapped(repo.Root, [], "update", "--no-cache", "--timeout", seconds);

        Assert.Equal(2, code);
        // The one line, then the pointer to --help every usage error ends with.
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains($"--timeout {seconds}: must be a number of seconds above 0 and at most 3600", lines[0]);
        Assert.Contains("--help", lines[1]);
        Assert.Empty(output);
        before.AssertUnchanged();
    }

    [Fact]
    public void A_read_only_docs_folder_on_update_is_one_line_per_page_and_exit_code_2()
    {
        using var repo = WithGoodPage().Page("stale", AdversarialAssert.PageOf(("ok/b.cs", "old")));
        var before = TreeSnapshot.Of(repo);
        var docs = Path.Combine(repo.Root, "docs");
        // A private mount namespace in which docs/ is a read-only bind of itself: read-only even for root.
        string[] readOnly = ["unshare", "-rm", "sh", "-c", $"mount --bind -o ro '{docs}' '{docs}' && exec \"$@\"", "sh"];

        var (code, output, _) = DocRunnerProcess.RunWrapped(repo.Root, readOnly, "update", "--no-cache");

        Assert.Equal(2, code);
        var line = Assert.Single(output.Split('\n'), l => l.Contains("docs/stale.md"));
        Assert.Contains("could not be written", line);
        Assert.Contains("Read-only file system", line);
        Assert.DoesNotContain("   at ", output);
        before.AssertUnchanged();
    }

    [Theory]
    [InlineData("Read-only file system")]
    [InlineData("No space left on device")]
    public void A_read_only_or_full_home_is_one_environment_line_for_the_dotnet_run_sample_and_exit_code_2_not_a_compile_error(string error)
    {
        using var repo = WithGoodPage()
            .Sample("pkg/c.cs", "#:property Nullable=enable\nConsole.WriteLine(\"c\");\n")
            .Page("home", AdversarialAssert.PageOf(("pkg/c.cs", "c")));
        var before = TreeSnapshot.Of(repo);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var builds = Path.Combine(home, ".local/share/dotnet/runfile");
        Directory.CreateDirectory(builds);
        // A private mount namespace in which HOME, where dotnet run keeps its builds, is read-only even for root,
        // or in which the folder of those builds is a tiny file system that is already full.
        var setUp = error.StartsWith("Read-only")
            ? $"mount --rbind '{home}' '{home}' && mount -o remount,bind,ro '{home}'"
            : $"mount -t tmpfs -o size=16k tmpfs '{builds}' && {{ dd if=/dev/zero of='{builds}/fill' bs=1k count=16 2>/dev/null; true; }}";
        string[] wrapper = ["unshare", "-rm", "sh", "-c", setUp + " && exec \"$@\"", "sh"];

        var (code, output, _) = DocRunnerProcess.RunWrapped(repo.Root, wrapper, "verify", "--no-cache");

        Assert.Equal(2, code);
        var line = Assert.Single(output.Split('\n'), l => l.Contains("docs/home.md"));
        Assert.Contains(error, line);
        Assert.Contains("HOME", line);
        Assert.DoesNotContain("compile error", line);
        Assert.DoesNotContain("   at ", output);
        Assert.Contains("1 passed", output);
        before.AssertUnchanged();
    }

    [Fact]
    public void A_read_only_checkout_verifies_with_one_cache_warning_and_no_stack_trace()
    {
        using var repo = WithGoodPage()
            .Sample("pkg/c.cs", "#:property Nullable=enable\nConsole.WriteLine(\"c\");\n")
            .Page("run", AdversarialAssert.PageOf(("pkg/c.cs", "c")));
        var before = TreeSnapshot.Of(repo);
        string[] readOnly = ["unshare", "-rm", "sh", "-c", $"mount --rbind '{repo.Root}' '{repo.Root}' && mount -o remount,bind,ro '{repo.Root}' && exec \"$@\"", "sh"];

        var (code, output, error) = DocRunnerProcess.RunWrapped(repo.Root, readOnly, "verify");

        Assert.True(code == 0, output + error);
        Assert.Single((output + error).Split('\n'), l => l.StartsWith("warning: result cache") && l.Contains("Read-only file system"));
        Assert.DoesNotContain("   at ", output + error);
        Assert.Contains("2 passed, 0 failed", output);
        before.AssertUnchanged();
    }
}
