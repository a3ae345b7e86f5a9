using DocRunner.Worker;

namespace DocRunner.Sessions;

/// <summary>
/// Where a session's console text goes: the capture of the submission that is running now. The session worker
/// routes Console.Out and Console.Error here through the session's execution context, so that text written by
/// tasks and timers a submission started lands in whichever submission runs when it is written (as in C#
/// Interactive), and text from an earlier session still running in the background stays with that finished session.
/// </summary>
public sealed class SessionConsole(int outputLimit)
{
    int used;
    public int Limit => outputLimit;
    public SampleCapture Current { get; private set; } = new(outputLimit);

    public SampleCapture Begin()
    {
        used += Current.ToString().Length;
        Current = new SampleCapture(Math.Max(0, outputLimit - used));
        return Current;
    }
}
