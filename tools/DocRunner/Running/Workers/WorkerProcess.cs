using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using DocRunner.Worker;

namespace DocRunner.Running.Workers;

public sealed class WorkerDiedException(string message) : Exception(message);

/// <summary>One worker process seen from DocRunner: start it, send it samples, learn how each ended or that it died.</summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    public const int OutputLimit = 1_000_000;

    readonly Process process;
    readonly Socket listener;
    readonly string socketPath;
    readonly ConcurrentDictionary<int, TaskCompletionSource<RunReply>> pending = new();
    BinaryWriter? writer;
    readonly SemaphoreSlim sending = new(1, 1);
    public WorkerMode Mode { get; }
    public string WorkingDirectory { get; }
    public ProcessOutput Stdout { get; }
    public ProcessOutput Stderr { get; }
    public Task Ready { get; }
    public Task Exited { get; }
    public int InFlight;
    public int Served;
    public volatile bool Retired;

    WorkerProcess(WorkerMode mode, string workingDirectory)
    {
        Mode = mode;
        WorkingDirectory = workingDirectory;
        socketPath = Path.Combine(Path.GetTempPath(), $"docrunner-{Guid.NewGuid():N}.sock");
        listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(socketPath));
        listener.Listen(1);

        var (host, prefix) = HostCommand();
        var info = NetworkSandbox.Create(host, [.. prefix, WorkerMain.Command, socketPath, mode.ToString()]);
        info.WorkingDirectory = workingDirectory;
        info.RedirectStandardInput = true;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.StandardOutputEncoding = System.Text.Encoding.UTF8;
        info.StandardErrorEncoding = System.Text.Encoding.UTF8;
        info.UseShellExecute = false;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_TieredPGO"] = "0";
        process = Process.Start(info) ?? throw new InvalidOperationException("could not start a worker process");
        process.StandardInput.Close();
        Stdout = new ProcessOutput(process.StandardOutput, OutputLimit);
        Stderr = new ProcessOutput(process.StandardError, 16_384, keepTail: true);
        if (mode == WorkerMode.Solo) Stdout.OnOverflow += Kill;
        Exited = WatchExitAsync();
        Ready = AcceptAsync();
    }

    public static WorkerProcess Start(WorkerMode mode, string workingDirectory) => new(mode, workingDirectory);

    /// <summary>How to start this same program again: its apphost, or <c>dotnet exec</c> with its dll.</summary>
    static (string Host, string[] Prefix) HostCommand()
    {
        var dll = typeof(WorkerMain).Assembly.Location;
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (string.IsNullOrEmpty(dotnet))
            dotnet = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
        return (dotnet, ["exec", dll]);
    }

    async Task AcceptAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var accepting = listener.AcceptAsync(timeout.Token).AsTask();
        if (await Task.WhenAny(accepting, Exited) != accepting)
            throw new WorkerDiedException($"the worker process exited before it was ready: {Stderr}");
        var socket = await accepting;
        var stream = new NetworkStream(socket, ownsSocket: true);
        writer = new BinaryWriter(stream);
        _ = Task.Run(() => ReadRepliesAsync(new BinaryReader(stream)));
    }

    async Task ReadRepliesAsync(BinaryReader reader)
    {
        await Task.Yield();
        try
        {
            while (true)
            {
                var reply = WorkerProtocol.ReadReply(reader);
                if (pending.TryRemove(reply.Id, out var waiter)) waiter.TrySetResult(reply);
            }
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or ObjectDisposedException) { }
    }

    async Task WatchExitAsync()
    {
        await process.WaitForExitAsync();
        var why = process.ExitCode == 0 ? "the worker process exited" : $"the worker process ended with exit code {process.ExitCode}";
        await Stderr.WaitAsync(TimeSpan.FromMilliseconds(500));
        foreach (var id in pending.Keys)
            if (pending.TryRemove(id, out var waiter))
                waiter.TrySetException(new WorkerDiedException(why));
        try { File.Delete(socketPath); } catch (IOException) { }
    }

    public int ExitCode => process.HasExited ? process.ExitCode : -1;

    public async Task<RunReply> SendAsync(RunRequest request)
    {
        await Ready;
        var reply = new TaskCompletionSource<RunReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[request.Id] = reply;
        if (process.HasExited) throw new WorkerDiedException("the worker process had already exited");
        await sending.WaitAsync();
        try { WorkerProtocol.Write(writer!, request); }
        catch (IOException e) { throw new WorkerDiedException($"could not send the sample to the worker: {e.Message}"); }
        finally { sending.Release(); }
        return await reply.Task;
    }

    public void Kill()
    {
        try { if (!process.HasExited) process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await Task.WhenAny(Exited, Task.Delay(2000));
        listener.Dispose();
        process.Dispose();
        try { File.Delete(socketPath); } catch (IOException) { }
    }
}
