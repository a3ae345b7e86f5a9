using System.CommandLine;
using DocRunner.Discovery;
using DocRunner.Pipeline;
using DocRunner.Reporting;

namespace DocRunner.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    public const int Problems = 1;
    public const int Usage = 2;
}

/// <summary>The commands: verify, update, list (and the ones later stages add).</summary>
public static class GuideCommands
{
    public static readonly Option<string> Root = new("--root") { Description = "The folder holding docfx.json (default: the current directory)", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("DOCRUNNER_ROOT") ?? "." };
    static readonly Argument<string[]> Paths = new("PATH") { Description = "Only pages under these paths, or pages that embed samples under them", Arity = ArgumentArity.ZeroOrMore };
    static readonly Option<string?> Json = new("--json") { Description = "Write one record per check and the totals to this file" };
    static readonly Option<bool> NoCache = new("--no-cache") { Description = "Run every sample even if a cached result matches" };
    static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "List passing checks too" };
    static readonly Option<int> Timeout = TimeoutOption();

    static Option<int> TimeoutOption()
    {
        var option = new Option<int>("--timeout") { Description = $"Seconds a sample may run unless its output block says timeout=N (1 to {Comparing.OutputModes.MaxTimeoutSeconds})", DefaultValueFactory = _ => 30 };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is var seconds && Comparing.OutputModes.TimeoutProblem(seconds) is { } problem)
                result.AddError($"--timeout {seconds}: {problem}");
        });
        return option;
    }

    internal static readonly Option<bool> PortabilityCheck = new("--portability") { Description = "Run every sample a second time with another culture, time zone and processor count; fail a sample whose output changes" };

    public static Command Verify() => RunCommand("verify", "Run every embedded sample and compare its output with the page; never writes a page", update: false);
    public static Command Update() => RunCommand("update", "Run every embedded sample and rewrite the output blocks with what it printed", update: true);

    static Command RunCommand(string name, string description, bool update)
    {
        var command = new Command(name, description) { Root, Paths, Json, NoCache, Verbose, Timeout, PortabilityCheck };
        command.SetAction(async (parse, _) =>
        {
            using var progress = RunProgress.ForStandardError();
            var options = new RunOptions(parse.GetValue(Root)!, parse.GetValue(Paths) ?? [], update,
                UseCache: !parse.GetValue(NoCache) && Environment.GetEnvironmentVariable("CI") != "true",
                TimeSpan.FromSeconds(parse.GetValue(Timeout)), progress, parse.GetValue(PortabilityCheck));
            return await Guarded(async () =>
            {
                var report = await GuideRun.ExecuteAsync(options);
                progress.Dispose();
                ConsoleReporter.Print(report, parse.GetValue(Verbose));
                if (GitHubAnnotations.Enabled) GitHubAnnotations.Print(report, Console.Out);
                if (parse.GetValue(Json) is { } json) JsonReport.Write(report, json);
                return report.Records.Any(r => r.Failed && r.Kind == CheckRecord.Environment) ? ExitCodes.Usage
                    : report.Failed == 0 ? ExitCodes.Success : ExitCodes.Problems;
            });
        });
        return command;
    }

    public static Command List()
    {
        var command = new Command("list", "Show the pages, their embeds and the samples they run") { Root, Paths };
        command.SetAction(parse => Guarded(() =>
        {
            var project = DocfxProject.Load(Path.GetFullPath(parse.GetValue(Root)!));
            var pages = PageLoader.Load(project, parse.GetValue(Paths) ?? []);
            foreach (var page in pages)
            {
                Console.WriteLine(page.RelativePath);
                foreach (var embed in page.Embeds)
                    Console.WriteLine($"  {embed.Line,5}  {embed.SamplePath ?? embed.Target}{(embed.Region is null ? "" : "#" + embed.Region)}" +
                        (embed.Broken is { } b ? $"  (broken: {b.Message})" : embed.Output is null ? "  (no output block)" : ""));
                foreach (var session in page.Sessions) Console.WriteLine($"  {session.Block.OpeningLine,5}  interactive session");
            }
            var samples = pages.SelectMany(p => p.Embeds).Where(e => e.SamplePath is not null).Select(e => e.SamplePath).Distinct().Count();
            Console.WriteLine($"{pages.Count} pages, {pages.Sum(p => p.Embeds.Count)} embeds, {samples} samples, {pages.Sum(p => p.Sessions.Count)} sessions");
            return Task.FromResult(ExitCodes.Success);
        }).GetAwaiter().GetResult());
        return command;
    }

    public static async Task<int> Guarded(Func<Task<int>> action)
    {
        try { return await action(); }
        catch (ConfigurationException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }
    }
}
