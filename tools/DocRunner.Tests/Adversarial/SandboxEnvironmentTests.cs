using System.Diagnostics;
using DocRunner.Running.Workers;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Adversarial;

/// <summary>
/// What a sample sees of the environment DocRunner was started in: nothing. Not DOCRUNNER_ROOT (which the
/// <c>docrunner</c> script sets for the tool), not a secret of the shell; only the documented set, on every path.
/// </summary>
public class SandboxEnvironmentTests
{
    const string Secret = "SANDBOX_SECRET_6113";

    [Fact]
    public void Samples_sessions_and_dotnet_run_see_only_the_documented_variables()
    {
        var leaked = $"leaked-{Guid.NewGuid():N}";
        const string printer = $$"""
            foreach (var name in new[] { "DOCRUNNER_ROOT", "{{Secret}}" })
                Console.WriteLine($"{name}={Environment.GetEnvironmentVariable(name) ?? "(unset)"}");
            Console.WriteLine(string.Join(",", Environment.GetEnvironmentVariables().Keys.Cast<string>().Order(StringComparer.Ordinal)));
            """;
        using var repo = new TestRepo()
            .Sample("env/worker.cs", printer)
            .Sample("env/dotnet_run.cs", "#:property Nullable=enable\n" + printer)
            .Page("env", $"""
                {TestRepo.Embed("env/worker.cs")}

                {TestRepo.Embed("env/dotnet_run.cs")}

                ```csharp-interactive
                > Environment.GetEnvironmentVariable("{Secret}") ?? "(unset)"
                > Environment.GetEnvironmentVariable("DOCRUNNER_ROOT") ?? "(unset)"
                ```
                """);

        var (code, output) = RunTool(repo.Root, "update", leaked);
        Assert.True(code == 0, output);
        var page = repo.Read("docs/env.md");

        Assert.DoesNotContain(leaked, page);
        Assert.DoesNotContain(repo.Root, page);
        var blocks = page.Split("```output\n").Skip(1).Select(b => b[..b.IndexOf("```", StringComparison.Ordinal)].Split('\n')).ToList();
        Assert.Equal(2, blocks.Count);
        var documented = string.Join(",", SampleEnvironment.Variables("dotnet").Keys.Append("DOTNET_TieredPGO").Append("PWD").Order(StringComparer.Ordinal));
        Assert.Equal(["DOCRUNNER_ROOT=(unset)", $"{Secret}=(unset)"], blocks[0][..2]);
        Assert.Equal(documented, blocks[0][2]);
        Assert.Equal(["DOCRUNNER_ROOT=(unset)", $"{Secret}=(unset)"], blocks[1][..2]);
        var dotnetRunNames = blocks[1][2].Split(',');
        Assert.Equal("", string.Join(",", dotnetRunNames.Except(SampleEnvironment.Variables("dotnet").Keys.Append("PWD").Concat(DocRunner.Timelines.SpanFile.VariableNames)).Where(n => !DotnetRunAdds(n))));
        Assert.Equal(4, page.Split("\"(unset)\"").Length - 1); // twice in the submissions, twice as their results
    }

    /// <summary>What <c>dotnet run</c> itself sets for the program it starts (the UI language ones follow DOTNET_CLI_UI_LANGUAGE).</summary>
    static bool DotnetRunAdds(string name) => name is "PreferredUILang" or "VSLANG" || name.StartsWith("DOTNET_", StringComparison.Ordinal) || name.StartsWith("MSBUILD", StringComparison.Ordinal);

    static (int Code, string Output) RunTool(string root, string command, string leaked)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        foreach (var a in (string[])[typeof(DocRunner.Cli.GuideCommands).Assembly.Location, command, "--no-cache"]) info.ArgumentList.Add(a);
        info.Environment["DOCRUNNER_ROOT"] = root;
        info.Environment[Secret] = leaked;
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
