using System.Text;

namespace DocRunner.Worker;

/// <summary>Raised inside a sample when it writes more than its output limit; it stops a flood quickly.</summary>
public sealed class OutputLimitException(int limit) : IOException($"DocRunner: the sample wrote more than {limit:N0} characters");

/// <summary>One sample's console text, filled from whichever thread or task the sample writes on.</summary>
public sealed class SampleCapture(int limit)
{
    readonly StringBuilder text = new();
    public bool Overflowed { get; private set; }

    public void Append(ReadOnlySpan<char> chars)
    {
        lock (text)
        {
            if (text.Length + chars.Length > limit)
            {
                Overflowed = true;
                throw new OutputLimitException(limit);
            }
            text.Append(chars);
        }
    }

    public override string ToString() { lock (text) return text.ToString(); }
}

/// <summary>
/// Installed once as Console.Out (and Console.Error) of a shared worker: every write goes to the capture of the
/// sample whose execution context it runs in (an AsyncLocal flows into tasks, timers and threads the sample starts).
/// Writes that belong to no running sample are dropped.
/// </summary>
public sealed class ConsoleRouter(Func<SampleCapture?> current) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;
    public override IFormatProvider FormatProvider => System.Globalization.CultureInfo.CurrentCulture;
    public override void Write(char value) => current()?.Append([value]);
    public override void Write(char[] buffer, int index, int count) => current()?.Append(buffer.AsSpan(index, count));
    public override void Write(ReadOnlySpan<char> buffer) => current()?.Append(buffer);
    public override void Write(string? value) => current()?.Append(value);
    public override void WriteLine(string? value) { var target = current(); target?.Append(value); target?.Append(CoreNewLine); }
}
