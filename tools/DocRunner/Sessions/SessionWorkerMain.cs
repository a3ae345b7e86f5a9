using System.Net.Sockets;
using DocRunner.Worker;

namespace DocRunner.Sessions;

/// <summary>
/// The entry of a session worker process (<c>DocRunner __session-worker SOCKET</c>). It runs one session at a
/// time, each in a fresh scratch folder as current directory, with the culture of its environment (see
/// SampleConditions) and the console routed to the running submission. Script assemblies cannot be unloaded, so DocRunner ends the process after a number
/// of sessions and starts another; each finished message carries the memory it holds now.
/// </summary>
public static class SessionWorkerMain
{
    public const string Command = "__session-worker";

    public static async Task<int> RunAsync(string socketPath)
    {
        Console.SetIn(TextReader.Null);
        var current = new AsyncLocal<SessionConsole?>();
        Console.SetOut(new ConsoleRouter(() => current.Value?.Current));
        Console.SetError(new ConsoleRouter(() => current.Value?.Current));
        var home = Environment.CurrentDirectory;

        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath));
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        using var reader = new BinaryReader(stream);
        using var writer = new BinaryWriter(stream);
        while (true)
        {
            SessionRequest request;
            try { request = SessionProtocol.ReadRequest(reader); }
            catch (EndOfStreamException) { return 0; }

            var scratch = Path.Combine(home, $"session-{request.Id}");
            Directory.CreateDirectory(scratch);
            Environment.CurrentDirectory = scratch;
            var console = new SessionConsole(request.OutputLimit);
            var (end, detail) = await Task.Run(async () =>
            {
                current.Value = console;
                try
                {
                    return await InteractiveSession.RunAsync(request.Submissions, console,
                        () => SessionProtocol.WriteCompiled(writer, request.Id),
                        step => SessionProtocol.WriteStep(writer, request.Id, step));
                }
                catch (Exception e) when (e is not IOException)
                {
                    return (SessionEnd.Failed, e.ToString());
                }
            });
            Environment.CurrentDirectory = home;
            try { Directory.Delete(scratch, recursive: true); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }

            SessionProtocol.WriteFinished(writer, new SessionFinished(request.Id, end, detail,
                Environment.WorkingSet, GC.GetTotalMemory(forceFullCollection: false), AppDomain.CurrentDomain.GetAssemblies().Length,
                (long)Environment.CpuUsage.TotalTime.TotalMilliseconds));
        }
    }
}
