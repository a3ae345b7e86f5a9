using System.Text;

namespace DocRunner.Discovery;

/// <summary>
/// The exact text of a page: the bytes it came from, whether they start with a BOM, which line break it uses,
/// and where each line starts, so that a rewrite can change a few characters and keep every other byte.
/// </summary>
public sealed class PageText
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public byte[] Bytes { get; }
    public string Text { get; }
    public bool HasBom { get; }
    public string NewLine { get; }
    public bool IsValidUtf8 { get; }
    readonly int[] lineStarts;

    public PageText(byte[] bytes)
    {
        Bytes = bytes;
        HasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var body = HasBom ? bytes.AsSpan(3) : bytes.AsSpan();
        try
        {
            Text = StrictUtf8.GetString(body);
            IsValidUtf8 = true;
        }
        catch (DecoderFallbackException)
        {
            Text = Encoding.UTF8.GetString(body);
            IsValidUtf8 = false;
        }
        var firstBreak = Text.IndexOf('\n');
        NewLine = firstBreak > 0 && Text[firstBreak - 1] == '\r' ? "\r\n" : "\n";
        var starts = new List<int> { 0 };
        for (var i = 0; i < Text.Length; i++)
            if (Text[i] == '\n') starts.Add(i + 1);
        lineStarts = [.. starts];
    }

    public static PageText FromString(string text, bool bom = false) =>
        new([.. (bom ? (byte[])[0xEF, 0xBB, 0xBF] : []), .. Encoding.UTF8.GetBytes(text)]);

    public int LineCount => lineStarts.Length;

    /// <summary>Offset where zero-based line <paramref name="line"/> starts.</summary>
    public int LineStart(int line) => line < lineStarts.Length ? lineStarts[line] : Text.Length;

    /// <summary>Offset just after the line break ending zero-based line <paramref name="line"/>.</summary>
    public int LineEndIncludingBreak(int line) => LineStart(line + 1);

    public string LineWithoutBreak(int line)
    {
        var start = LineStart(line);
        var end = LineEndIncludingBreak(line);
        return Text[start..end].TrimEnd('\n').TrimEnd('\r');
    }

    public int LineOfOffset(int offset)
    {
        var index = Array.BinarySearch(lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public byte[] Encode(string text)
    {
        var body = Encoding.UTF8.GetBytes(text);
        return HasBom ? [0xEF, 0xBB, 0xBF, .. body] : body;
    }
}
