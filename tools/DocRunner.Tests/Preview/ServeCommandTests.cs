using System.Diagnostics;
using System.Text.RegularExpressions;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Preview;

/// <summary>The real executable: <c>serve</c> on a free loopback port until SIGTERM, and <c>build</c> without DocFX.</summary>
public class ServeCommandTests
{
    static ProcessStartInfo DocRunner(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        info.ArgumentList.Add(typeof(global::DocRunner.Cli.GuideCommands).Assembly.Location);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment.Remove("GITHUB_ACTIONS");
        info.Environment.Remove("DOCRUNNER_ROOT");
        return info;
    }

    [Fact]
    public async Task Serve_prints_its_loopback_address_serves_the_guide_and_stops_cleanly_on_sigterm()
    {
        using var repo = new TestRepo().Page("x", "# X\n\nHello.\n");
        using var process = Process.Start(DocRunner(repo.Root, "serve", "--port", "0"))!;
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            var output = new System.Text.StringBuilder();
            string? address = null;
            while (address is null || !output.ToString().Contains("pages rendered"))
            {
                var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
                if (line is null) Assert.Fail($"serve ended early: {output}{await errors}");
                output.AppendLine(line);
                address ??= Regex.Match(line, @"http://127\.0\.0\.1:\d+/") is { Success: true } m ? m.Value : null;
            }
            Assert.Contains("rendered by DocRunner with Markdig", output.ToString());

            using var http = new HttpClient { BaseAddress = new Uri(address) };
            Assert.Contains("<p>Hello.</p>", await http.GetStringAsync("docs/x.html"));

            Process.Start("kill", ["-TERM", process.Id.ToString()])!.WaitForExit();
            Assert.True(process.WaitForExit(20_000), "serve stops within 20 s of SIGTERM");
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task Build_without_docfx_renders_the_preview_into_site_and_says_so()
    {
        using var repo = new TestRepo()
            .Write(".config/dotnet-tools.json", """{ "version": 1, "isRoot": true, "tools": { "docfx": { "version": "0.0.1-not-there", "commands": [ "docfx" ] } } }""")
            .Sample("a/x.cs", "Console.WriteLine(\"x\");\n")
            .Page("x", $"# X\n\n{TestRepo.Embed("a/x.cs")}\n\n```output\nx\n```\n");
        using var process = Process.Start(DocRunner(repo.Root, "build"))!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("DocRunner's preview renderer (Markdig), not by DocFX", output);
        Assert.Contains("<code class=\"lang-output\">x\n</code>", repo.Read("_site/docs/x.html"));
    }
}
