using System.CommandLine;
using DocRunner.Pipeline;
using DocRunner.Publishing;
using DocRunner.Reporting;
using DocRunner.Scaffolding;

namespace DocRunner.Cli;

/// <summary>The commands around the site: build (verify, then DocFX) and new-chapter.</summary>
public static class SiteCommands
{
    static readonly Option<bool> NoCache = new("--no-cache") { Description = "Run every sample even if a cached result matches" };
    static readonly Option<string?> Json = new("--json") { Description = "Write the verification's records and totals to this file" };

    /// <summary>The one way the site is built, here, in .ci/run and in both workflows: verify, then DocFX.</summary>
    public static Command Build()
    {
        var command = new Command("build", "Verify the whole guide, then build the site into _site/ with the pinned DocFX (warnings are errors)")
        {
            GuideCommands.Root, NoCache, Json, GuideCommands.PortabilityCheck,
        };
        command.SetAction((parse, _) => GuideCommands.Guarded(async () =>
        {
            var root = Path.GetFullPath(parse.GetValue(GuideCommands.Root)!);
            var useCache = !parse.GetValue(NoCache) && Environment.GetEnvironmentVariable("CI") != "true";
            RunReport report;
            using (var progress = RunProgress.ForStandardError())
                report = await GuideRun.ExecuteAsync(new RunOptions(root, [], Update: false, useCache, TimeSpan.FromSeconds(30), progress,
                    parse.GetValue(GuideCommands.PortabilityCheck)));
            ConsoleReporter.Print(report, verbose: false);
            if (GitHubAnnotations.Enabled) GitHubAnnotations.Print(report, Console.Out);
            if (parse.GetValue(Json) is { } json) JsonReport.Write(report, json);
            if (report.Failed > 0)
            {
                Console.WriteLine("The guide did not verify; the site was not built.");
                return ExitCodes.Problems;
            }
            Console.WriteLine("building the site with DocFX (dotnet tool restore, then docfx docfx.json --warningsAsErrors)");
            var site = await DocfxSite.BuildAsync(root);
            (site.Built ? Console.Out : Console.Error).WriteLine(site.Message);
            Console.WriteLine($"DocFX: tool restore {site.RestoreTime.TotalSeconds:0.0} s, build {site.BuildTime.TotalSeconds:0.0} s");
            return site.Built ? ExitCodes.Success : ExitCodes.Problems;
        }));
        return command;
    }

    public static Command NewChapter()
    {
        var title = new Argument<string>("title") { Description = "The chapter's title, e.g. \"Retries and backoff\"" };
        var command = new Command("new-chapter", "Create a chapter page, its sample folder with one runnable sample, and its toc entry")
        {
            title, GuideCommands.Root,
        };
        command.SetAction((parse, _) => GuideCommands.Guarded(() =>
        {
            var root = Path.GetFullPath(parse.GetValue(GuideCommands.Root)!);
            var chapter = ChapterScaffold.Create(root, parse.GetValue(title)!);
            foreach (var message in chapter.Messages()) Console.WriteLine(message);
            Console.WriteLine($"next: ./docrunner update {chapter.Created[0]} records the sample's output; then replace the placeholder sentences " +
                "(verify fails while any is left) and run ./docrunner verify");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
