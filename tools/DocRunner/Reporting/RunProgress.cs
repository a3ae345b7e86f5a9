using System.Diagnostics;

namespace DocRunner.Reporting;

/// <summary>
/// Progress of a long run on standard error: a line rewritten in place in a terminal, or, when the output goes to a
/// file or a CI log, a plain line every few seconds. Silent for runs that end before the first line is due.
/// </summary>
public sealed class RunProgress : IDisposable
{
    readonly TextWriter writer;
    readonly bool live;
    readonly TimeSpan every;
    readonly Stopwatch clock = Stopwatch.StartNew();
    readonly Lock gate = new();
    TimeSpan lastShown = TimeSpan.Zero;
    int total, done;
    string phase = "reading the pages";
    bool lineOpen;

    public RunProgress(TextWriter writer, bool live, TimeSpan? every = null)
    {
        this.writer = writer;
        this.live = live;
        this.every = every ?? (live ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromSeconds(5));
    }

    /// <summary>On standard error; live only when it is a terminal and escape codes are allowed there.</summary>
    public static RunProgress ForStandardError() =>
        new(Console.Error, ColorPolicy.UseColor(!Console.IsErrorRedirected, Environment.GetEnvironmentVariable));

    public void Phase(string name, int count = 0)
    {
        lock (gate) { phase = name; total = count; done = 0; }
        Show(force: false);
    }

    public void Done(string item)
    {
        lock (gate) done++;
        Show(force: false, item);
    }

    void Show(bool force, string? item = null)
    {
        lock (gate)
        {
            var now = clock.Elapsed;
            if (!force && (now < TimeSpan.FromSeconds(live ? 1 : 5) || now - lastShown < every)) return;
            lastShown = now;
            var counted = total > 0 ? $": {done} of {total}" : "";
            var text = $"{phase}{counted} ({now.TotalSeconds:0} s)";
            if (live)
            {
                var last = item is null ? "" : $", last {item}";
                var line = text + last;
                var width = TerminalWidth();
                writer.Write("\r\u001b[2K" + (line.Length > width ? line[..width] : line));
                lineOpen = true;
            }
            else writer.WriteLine(text);
            writer.Flush();
        }
    }

    static int TerminalWidth()
    {
        try { return Console.WindowWidth > 20 ? Console.WindowWidth - 1 : 120; }
        catch (IOException) { return 120; }
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (lineOpen) writer.Write("\r\u001b[2K");
            lineOpen = false;
            writer.Flush();
        }
    }
}
