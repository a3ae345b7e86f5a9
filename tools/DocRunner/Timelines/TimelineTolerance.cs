namespace DocRunner.Timelines;

/// <summary>
/// How far a run may stray from the timeline on its page and still match it. A busy machine makes waits and work
/// longer and shifts when things start, but it cannot reorder what follows from the program's logic (a bar that
/// starts because another ended) nor make waits shorter; so the shape is checked strictly and the lengths loosely.
/// </summary>
public static class TimelineTolerance
{
    /// <summary>Bars that overlap by this much or less on the page may touch or overlap slightly in a run, either way.</summary>
    public const long OverlapSlackMs = 5;

    /// <summary>A bar P ms long on the page matches a run's bar of R ms when P/2 − 20 ≤ R ≤ 3P + 100.</summary>
    public static (long Min, long Max) AllowedLength(long pageLength) => (Math.Max(0, pageLength / 2 - 20), pageLength * 3 + 100);

    public const string Statement = "lengths may range from half the page's minus 20 ms to three times it plus 100 ms; " +
        "bars that ran one after the other on the page must still do so, and bars that overlapped by more than 5 ms must still overlap";
}
