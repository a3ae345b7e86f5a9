namespace DocRunner.Timelines;

/// <summary>
/// One span of a sample's run as a timeline shows it: the lane it is drawn in, its label, and when it started and
/// ended, in whole milliseconds after the first span of the run started.
/// </summary>
public sealed record TimelineBar(string Lane, string Label, long Start, long End)
{
    public long Length => End - Start;

    /// <summary>A name as a timeline line can hold it: no column separator, no line break, no surrounding space.</summary>
    public static string Clean(string name)
    {
        var cleaned = new string([.. name.Select(c => c == '|' || char.IsControl(c) ? ' ' : c)]).Trim();
        return cleaned.Length == 0 ? "(unnamed)" : cleaned;
    }
}
