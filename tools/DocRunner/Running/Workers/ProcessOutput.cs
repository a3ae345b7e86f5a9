using System.Text;

namespace DocRunner.Running.Workers;

/// <summary>Reads a process stream to its end, keeping at most <c>limit</c> characters and telling when it overflowed.</summary>
public sealed class ProcessOutput
{
    /// <summary>
    /// How long to wait, once a process has ended, for the rest of its output. The end of the stream normally
    /// follows at once; only a process the sample left holding the stream makes this wait run out.
    /// </summary>
    public static readonly TimeSpan DrainPatience = TimeSpan.FromSeconds(10);

    readonly StringBuilder text = new();
    readonly int limit;
    readonly bool keepTail;
    public Task Completion { get; }
    public bool Overflowed { get; private set; }
    public event Action? OnOverflow;

    public ProcessOutput(StreamReader reader, int limit, bool keepTail = false)
    {
        this.limit = limit;
        this.keepTail = keepTail;
        // A thread of its own, not the thread pool: when the pool is busy (a loaded machine, many samples
        // compiling), output that has already arrived must still be read before the caller gives up waiting.
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Completion = done.Task;
        new Thread(() => { Pump(reader); done.SetResult(); }) { IsBackground = true, Name = "process output" }.Start();
    }

    void Pump(StreamReader reader)
    {
        var buffer = new char[8192];
        try
        {
            int read;
            while ((read = reader.Read(buffer)) > 0)
            {
                lock (text)
                {
                    if (keepTail)
                    {
                        text.Append(buffer, 0, read);
                        if (text.Length > limit) text.Remove(0, text.Length - limit);
                        continue;
                    }
                    if (Overflowed) continue;
                    if (text.Length + read > limit) { Overflowed = true; OnOverflow?.Invoke(); continue; }
                    text.Append(buffer, 0, read);
                }
            }
        }
        catch (IOException) { }
        catch (ObjectDisposedException) { }
    }

    public async Task<string> WaitAsync(TimeSpan patience)
    {
        await Task.WhenAny(Completion, Task.Delay(patience));
        lock (text) return text.ToString();
    }

    public override string ToString() { lock (text) return text.ToString(); }
}
