using System.CommandLine;
using DocRunner.Discovery;
using DocRunner.Preview.Live;
using DocRunner.Preview.Site;

namespace DocRunner.Cli;

/// <summary>
/// <c>serve</c>: a live preview of the guide on 127.0.0.1, rendered by DocRunner with Markdig (not DocFX). Saving a page
/// re-renders it; saving a sample runs that sample again (the others come from what is known or from the cache) and
/// the open page updates itself. Drift and errors are shown in the page; <c>--update</c> writes outputs as <c>update</c> does.
/// </summary>
public static class ServeCommand
{
    static readonly Option<int> Port = new("--port") { Description = "Port on 127.0.0.1 to serve at; 0 picks a free one", DefaultValueFactory = _ => 8080 };
    static readonly Option<bool> Update = new("--update") { Description = "Write what the samples print into the pages' output blocks, as update does" };
    static readonly Option<int> Timeout = new("--timeout") { Description = "Seconds a sample may run unless its output block says timeout=N", DefaultValueFactory = _ => 30 };

    public static Command Create()
    {
        var command = new Command("serve",
            "Serve a live preview on 127.0.0.1, rendered with Markdig (not DocFX): saved pages and samples re-run and the open page refreshes itself")
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

            await using var guide = new LiveGuide(root, new LiveOptions(update, TimeSpan.FromSeconds(parse.GetValue(Timeout))));
            guide.Log += line => Console.WriteLine(line);
            PreviewServer server;
            try { server = await PreviewServer.StartAsync(guide, port, cancellation); }
            catch (IOException e)
            {
                Console.Error.WriteLine($"error: cannot listen on 127.0.0.1:{port}: {e.Message}");
                return ExitCodes.Usage;
            }
            await using (server)
            {
                Console.WriteLine($"{PageLayout.PreviewNote}");
                Console.WriteLine($"serving {root} at {server.Address}");
                await guide.RefreshAsync();
                Console.WriteLine($"{guide.Pages.Count} pages rendered in {guide.LastRefreshMs} ms; samples are checked in the background" +
                    (update ? "; --update writes their output into the pages." : "; drift is shown in the pages, which are not written (serve --update writes them)."));
                Console.WriteLine("Ctrl+C stops.");
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
