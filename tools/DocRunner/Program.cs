using System.CommandLine;
using DocRunner.Cli;
using DocRunner.Running.Workers;
using DocRunner.Sessions;
using DocRunner.Worker;

if (args.Length == 3 && args[0] == WorkerMain.Command)
    return await WorkerMain.RunAsync(args[1], Enum.Parse<WorkerMode>(args[2]));
if (args.Length == 2 && args[0] == SessionWorkerMain.Command)
    return await SessionWorkerMain.RunAsync(args[1]);

// The tool blocks pool threads on purpose (compilations, cache reads, PLINQ). With only one thread per core to
// begin with, the pool adds more about twice a second, and a run with one changed sample spent 0.6 s waiting.
// Workers are out of reach of this line: samples see the runtime's default pool.
ThreadPool.GetMinThreads(out var minWorkers, out var minIo);
ThreadPool.SetMinThreads(Math.Max(minWorkers, 16), minIo);

var root = new RootCommand("DocRunner: runs the samples embedded in the guide and proves their printed output")
{
    GuideCommands.Verify(),
    GuideCommands.Update(),
    GuideCommands.List(),
    SiteCommands.Build(),
    SiteCommands.NewChapter(),
    ServeCommand.Create(),
};
var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors) Console.Error.WriteLine($"error: {error.Message}");
    Console.Error.WriteLine("Run 'DocRunner --help' for usage.");
    return ExitCodes.Usage;
}
// serve stops on SIGINT or SIGTERM by design and ends cleanly (exit 0) through its own cancellation;
// for the commands that run the guide, a signal interrupts unfinished work.
ToolLifetime.Begin(handleSignals: parse.CommandResult.Command.Name != "serve");
try { return await parse.InvokeAsync(); }
finally { ToolLifetime.End(); }
