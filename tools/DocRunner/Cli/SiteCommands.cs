using System.CommandLine;
using DocRunner.Pipeline;
using DocRunner.Publishing;
using DocRunner.Reporting;
using DocRunner.Scaffolding;

namespace DocRunner.Cli;

/// <summary>The commands around the site: build (verify, then render) and new-chapter.</summary>
public static class SiteCommands
{
    public static Command Build()
    {
        var command = new Command("build", "Verify the whole guide, then render the site into _site/ with DocFX where it can be installed")
        {
            GuideCommands.Root,
        };
        command.SetAction((parse, _) => GuideCommands.Guarded(async () =>
        {
            var root = Path.GetFullPath(parse.GetValue(GuideCommands.Root)!);
            var useCache = Environment.GetEnvironmentVariable("CI") != "true";
            var report = await GuideRun.ExecuteAsync(new RunOptions(root, [], Update: false, useCache, TimeSpan.FromSeconds(30)));
            ConsoleReporter.Print(report, verbose: false);
            if (GitHubAnnotations.Enabled) GitHubAnnotations.Print(report, Console.Out);
            if (report.Failed > 0)
            {
                Console.WriteLine("The guide did not verify; the site was not rendered.");
                return ExitCodes.Problems;
            }
            var site = await DocfxSite.RenderAsync(root);
            if (!site.Rendered && !site.Message.StartsWith("DocFX failed"))
            {
                Console.Error.WriteLine($"error: {site.Message}");
                return ExitCodes.Usage;
            }
            Console.WriteLine(site.Message);
            return site.Rendered || !site.Message.StartsWith("DocFX failed") ? ExitCodes.Success : ExitCodes.Problems;
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
            foreach (var created in ChapterScaffold.Create(root, parse.GetValue(title)!))
                Console.WriteLine($"created {created}");
            Console.WriteLine("next: ./docrunner update, then ./docrunner verify");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
