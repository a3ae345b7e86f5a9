using System.Runtime.InteropServices.JavaScript;
using System.Text;

namespace BrowserRunner;

/// <summary>
/// Sends what a sample writes to Console.Out and Console.Error to worker.js as it is written, so the page shows
/// output as it is printed. Text from a run that has ended (a task the program left behind) is dropped, as the
/// process of `dotnet run` would have exited.
/// </summary>
public static partial class PageConsole
{
    const int Out = 1, Error = 2;
    static readonly AsyncLocal<int> runOfCaller = new();
    static int activeRun;

    [JSImport("write", "runner")]
    static partial void Write(int stream, string text);

    public static void Install()
    {
        Console.SetOut(new Forwarder(Out));
        Console.SetError(new Forwarder(Error));
    }

    /// <summary>Marks the code that runs from here on (and everything it starts) as run number <paramref name="run"/>.</summary>
    public static void Begin(int run)
    {
        activeRun = run;
        runOfCaller.Value = run;
    }

    public static void End() => activeRun = 0;

    public static void WriteError(string text)
    {
        if (IsActive) Write(Error, text);
    }

    static bool IsActive => activeRun != 0 && runOfCaller.Value == activeRun;

    sealed class Forwarder(int stream) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;
        public override void Write(char value) => Forward(value.ToString());
        public override void Write(string? value) => Forward(value);
        public override void Write(char[] buffer, int index, int count) => Forward(new string(buffer, index, count));
        public override void WriteLine(string? value) => Forward(value + NewLine);

        void Forward(string? text)
        {
            if (!string.IsNullOrEmpty(text) && IsActive) PageConsole.Write(stream, text);
        }
    }
}
