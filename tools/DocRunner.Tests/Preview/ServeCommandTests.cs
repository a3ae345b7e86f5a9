using System.Diagnostics;
using System.Text.RegularExpressions;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Preview;

/// <summary>The real executable: <c>serve</c> on a free loopback port until SIGTERM.</summary>
public class ServeCommandTests
{
    static ProcessStartInfo DocRunner(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        info.ArgumentList.Add(typeof(global::DocRunner.Cli.GuideCommands).Assembly.Location);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment.Remove("CI");
        info.Environment.Remove("GITHUB_ACTIONS");
        info.Environment.Remove("DOCRUNNER_ROOT");
        return info;
    }

    [Fact]
    public async Task Serve_prints_its_loopback_address_serves_the_guide_and_stops_cleanly_on_sigterm()
    {
        using var repo = new TestRepo().Page("x", "# X\n\nHello.\n").PinDocfx();
        using var process = Process.Start(DocRunner(repo.Root, "serve", "--port", "0"))!;
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            var output = new System.Text.StringBuilder();
            string? address = null;
            while (address is null || !output.ToString().Contains("pages built by DocFX"))
            {
                var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(120));
                if (line is null) Assert.Fail($"serve ended early: {output}{await errors}");
                output.AppendLine(line);
                address ??= Regex.Match(line, @"http://127\.0\.0\.1:\d+/") is { Success: true } m ? m.Value : null;
            }
            Assert.Contains("serving the DocFX site", output.ToString());

            using var http = new HttpClient { BaseAddress = new Uri(address) };
            var page = await http.GetStringAsync("docs/x.html");
            Assert.Contains("<p>Hello.</p>", page);
            Assert.Contains("docfx.vendor", page);

            Process.Start("kill", ["-TERM", process.Id.ToString()])!.WaitForExit();
            Assert.True(process.WaitForExit(20_000), "serve stops within 20 s of SIGTERM");
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
