using System.CommandLine;
using DocRunner.Discovery;
using DocRunner.Preview.Live;

namespace DocRunner.Cli;

/// <summary>
/// <c>serve</c>: the DocFX site of the guide on 127.0.0.1, live. DocFX stays loaded and rebuilds the site (into a
/// temporary folder, not _site/) after every save, and the open page reloads; saving a sample runs that sample again
/// (the others come from what is known or from the cache). Drift, compile errors and problems are drawn over the
/// DocFX page; <c>--update</c> writes outputs as <c>update</c> does.
/// </summary>
public static class ServeCommand
{
    static readonly Option<int> Port = new("--port") { Description = "Port on 127.0.0.1 to serve at; 0 picks a free one", DefaultValueFactory = _ => 8080 };
    static readonly Option<bool> Update = new("--update") { Description = "Write what the samples print into the pages' output blocks, as update does" };
    static readonly Option<int> Timeout = new("--timeout") { Description = "Seconds a sample may run unless its output block says timeout=N", DefaultValueFactory = _ => 30 };

    public static Command Create()
    {
        var command = new Command("serve",
            "Serve the DocFX site on 127.0.0.1, live: a save rebuilds it, re-runs the samples it touched and reloads the page; drift and errors show in the page")
        {
            GuideCommands.Root, Port, Update, Timeout,
        };
        command.SetAction((parse, cancellation) => GuideCommands.Guarded(async () =>
        {
            var root = Path.GetFullPath(parse.GetValue(GuideCommands.Root)!);
            DocfxProject.Load(root);
            var port = parse.GetValue(Port);
            if (port is < 0 or > 65535) throw new ConfigurationException($"--port {port}: a port is between 0 and 65535");
            var update = parse.GetValue(Update);

            // DocFX's build is silenced by pointing Console.Out elsewhere while it runs; our own lines keep the real one.
            var console = Console.Out;
            console.WriteLine("loading DocFX");
            await using var guide = new LiveGuide(root, new LiveOptions(update, TimeSpan.FromSeconds(parse.GetValue(Timeout))));
            guide.Log += line => console.WriteLine(line);
            PreviewServer server;
            try { server = await PreviewServer.StartAsync(guide, port, cancellation); }
            catch (IOException e)
            {
                Console.Error.WriteLine($"error: cannot listen on 127.0.0.1:{port}: {e.Message}");
                return ExitCodes.Usage;
            }
            await using (server)
            {
                console.WriteLine($"serving the DocFX site of {root} at {server.Address} (built into {guide.SiteFolder})");
                await guide.RefreshAsync();
                console.WriteLine($"{guide.Pages.Count} pages built by DocFX in {guide.LastRefreshMs} ms; samples are checked in the background" +
                    (update ? "; --update writes their output into the pages." : "; drift is shown in the pages, which are not written (serve --update writes them)."));
                console.WriteLine("Ctrl+C stops.");
                var stopped = new TaskCompletionSource();
                using var onCancel = cancellation.Register(() => stopped.TrySetResult());
                using var onStop = server.Stopping.Register(() => stopped.TrySetResult());
                await stopped.Task;
                Console.WriteLine("stopping");
            }
            await guide.DisposeAsync();
            if (ChildProcesses.EndAll() is var ended and > 0)
                Console.WriteLine($"ended {ended} process{(ended == 1 ? "" : "es")} still running for the preview");
            return ExitCodes.Success;
        }));
        return command;
    }
}
