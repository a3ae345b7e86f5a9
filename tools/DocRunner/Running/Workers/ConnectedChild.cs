using System.Diagnostics;
using System.Net.Sockets;

namespace DocRunner.Running.Workers;

/// <summary>
/// This same program started again with a worker command, inside the sandbox, connecting back over a Unix socket.
/// What sample workers and session workers share: the start, the connection, killing the whole tree, and the
/// clean-up of the process and the socket. The child's standard input stays open: its end ends the child.
/// </summary>
public sealed class ConnectedChild : IAsyncDisposable
{
    readonly Process process;
    readonly Socket listener;
    readonly string socketPath;
    readonly IDisposable tracked;
    public ProcessOutput Stdout { get; }
    public ProcessOutput Stderr { get; }
    /// <summary>Completes once the process has exited and what it wrote to stderr has been read (500 ms at most).</summary>
    public Task Exited { get; }

    public ConnectedChild(string command, string[] arguments, string workingDirectory, int stdoutLimit, bool stdoutKeepsTail, string what)
    {
        socketPath = Path.Combine(Path.GetTempPath(), $"docrunner-{Guid.NewGuid().ToString("N")[..12]}.sock");
        listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(socketPath));
        listener.Listen(1);

        var info = Sandbox.ForSample(DotnetHost(), ["exec", typeof(ConnectedChild).Assembly.Location, command, socketPath, .. arguments]);
        info.WorkingDirectory = workingDirectory;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.StandardOutputEncoding = System.Text.Encoding.UTF8;
        info.StandardErrorEncoding = System.Text.Encoding.UTF8;
        info.UseShellExecute = false;
        SampleEnvironment.Apply(info, DotnetHost());
        info.Environment["DOTNET_TieredPGO"] = "0";
        Pipeline.SampleConditions.Current.ApplyTo(info.Environment);
        process = Process.Start(info) ?? throw new InvalidOperationException($"could not start a worker process ({command})");
        tracked = ToolLifetime.Track(process, what);
        Stdout = new ProcessOutput(process.StandardOutput, stdoutLimit, stdoutKeepsTail);
        Stderr = new ProcessOutput(process.StandardError, 16_384, keepTail: true);
        Exited = WatchExitAsync();
    }

    /// <summary>The <c>dotnet</c> this program runs on (or the one the SDK names), to start it again.</summary>
    static string DotnetHost()
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(dotnet)) return dotnet;
        return Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }

    async Task WatchExitAsync()
    {
        await process.WaitForExitAsync();
        tracked.Dispose();
        await Stderr.WaitAsync(TimeSpan.FromMilliseconds(500));
        try { File.Delete(socketPath); } catch (IOException) { }
    }

    public int ExitCode => process.HasExited ? process.ExitCode : -1;

    public bool HasExited => process.HasExited;

    /// <summary>The CPU the process has used so far, or null once that can no longer be read.</summary>
    public TimeSpan? CpuTime
    {
        get
        {
            try { return process.TotalProcessorTime; }
            catch (InvalidOperationException) { return null; }
        }
    }

    /// <summary>The child's connection once it is made; <paramref name="what"/> names the child if it exits first.</summary>
    public async Task<NetworkStream> AcceptAsync(string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var accepting = listener.AcceptAsync(timeout.Token).AsTask();
        if (await Task.WhenAny(accepting, Exited) != accepting)
            throw new WorkerDiedException($"{what} exited before it was ready: {Stderr}");
        return new NetworkStream(await accepting, ownsSocket: true);
    }

    public void Kill()
    {
        try { if (!process.HasExited) process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { }
    }

    public async ValueTask DisposeAsync()
    {
        try { process.StandardInput.Close(); } catch (IOException) { }
        Kill();
        await Task.WhenAny(Exited, Task.Delay(2000));
        listener.Dispose();
        tracked.Dispose();
        process.Dispose();
        try { File.Delete(socketPath); } catch (IOException) { }
    }
}
