using System.Diagnostics;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Engine;

/// <summary>The real executable, as a contributor or CI calls it: exit codes and the closing line.</summary>
public class CliTests
{
    [Fact]
    public void Exit_codes_tell_success_problems_and_usage_errors_apart()
    {
        using var repo = new TestRepo()
            .Sample("a/x.cs", "Console.WriteLine(\"x\");\n")
            .Page("x", $"{TestRepo.Embed("a/x.cs")}\n");

        var missing = DocRunnerProcess.Run(repo.Root, "verify", "--no-cache");
        Assert.Equal(1, missing.Code);
        Assert.EndsWith("0 passed, 1 failed\n", missing.Out);

        var update = DocRunnerProcess.Run(repo.Root, "update", "--no-cache");
        Assert.Equal(0, update.Code);
        var verify = DocRunnerProcess.Run(repo.Root, "verify", "--root", repo.Root, "--json", "report.json");
        Assert.Equal(0, verify.Code);
        Assert.Contains("\"status\": \"passed\"", File.ReadAllText(Path.Combine(repo.Root, "report.json")));

        Assert.Equal(2, DocRunnerProcess.Run(repo.Root, "verify", "--no-such-option").Code);
        Assert.Equal(2, DocRunnerProcess.Run(repo.Root, "verify", "docs/nothing-here.md").Code);
        File.WriteAllText(Path.Combine(repo.Root, "docfx.json"), "{ not json");
        var malformed = DocRunnerProcess.Run(repo.Root, "verify");
        Assert.Equal(2, malformed.Code);
        Assert.Contains("docfx.json(1): malformed JSON", malformed.Err);
        Assert.Equal(2, DocRunnerProcess.Run(Path.GetTempPath(), "verify", "--root", Path.Combine(repo.Root, "nowhere")).Code);
    }

    [Fact]
    public void Github_annotations_name_the_file_and_line()
    {
        using var repo = new TestRepo()
            .Sample("a/x.cs", "Console.WriteLine(\"x\");\n")
            .Page("x", $"{TestRepo.Embed("a/x.cs")}\n\n```output\ny\n```\n");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, WorkingDirectory = repo.Root };
        info.ArgumentList.Add(typeof(DocRunner.Cli.GuideCommands).Assembly.Location);
        info.ArgumentList.Add("verify");
        info.Environment["GITHUB_ACTIONS"] = "true";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Contains("::error file=docs/x.md,line=4,title=drift::", output);
    }

    [Fact]
    public void List_shows_pages_embeds_and_samples()
    {
        using var repo = new TestRepo()
            .Sample("a/x.cs", "Console.WriteLine(\"x\");\n")
            .Page("x", $"{TestRepo.Embed("a/x.cs")}\n");
        var list = DocRunnerProcess.Run(repo.Root, "list");
        Assert.Equal(0, list.Code);
        Assert.Contains("docs/x.md", list.Out);
        Assert.Contains("samples/a/x.cs  (no output block)", list.Out);
    }
}
