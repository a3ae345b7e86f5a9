using System.Diagnostics;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Engine;

/// <summary>The real executable, as a contributor or CI calls it: exit codes and the closing line.</summary>
public class CliTests
{
    static (int Code, string Out, string Err) Run(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        info.ArgumentList.Add(typeof(DocRunner.Cli.GuideCommands).Assembly.Location);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment.Remove("GITHUB_ACTIONS");
        info.Environment.Remove("DOCRUNNER_ROOT");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void Exit_codes_tell_success_problems_and_usage_errors_apart()
    {
        using var repo = new TestRepo()
            .Sample("a/x.cs", "Console.WriteLine(\"x\");\n")
            .Page("x", $"{TestRepo.Embed("a/x.cs")}\n");

        var missing = Run(repo.Root, "verify", "--no-cache");
        Assert.Equal(1, missing.Code);
        Assert.EndsWith("0 passed, 1 failed\n", missing.Out);

        var update = Run(repo.Root, "update", "--no-cache");
        Assert.Equal(0, update.Code);
        var verify = Run(repo.Root, "verify", "--root", repo.Root, "--json", "report.json");
        Assert.Equal(0, verify.Code);
        Assert.Contains("\"status\": \"passed\"", File.ReadAllText(Path.Combine(repo.Root, "report.json")));

        Assert.Equal(2, Run(repo.Root, "verify", "--no-such-option").Code);
        Assert.Equal(2, Run(repo.Root, "verify", "docs/nothing-here.md").Code);
        File.WriteAllText(Path.Combine(repo.Root, "docfx.json"), "{ not json");
        var malformed = Run(repo.Root, "verify");
        Assert.Equal(2, malformed.Code);
        Assert.Contains("docfx.json(1): malformed JSON", malformed.Err);
        Assert.Equal(2, Run(Path.GetTempPath(), "verify", "--root", Path.Combine(repo.Root, "nowhere")).Code);
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
        var list = Run(repo.Root, "list");
        Assert.Equal(0, list.Code);
        Assert.Contains("docs/x.md", list.Out);
        Assert.Contains("samples/a/x.cs  (no output block)", list.Out);
    }
}
