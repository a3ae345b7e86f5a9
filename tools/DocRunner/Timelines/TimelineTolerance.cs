namespace DocRunner.Timelines;

/// <summary>
/// How far a run may stray from the timeline on its page and still match it. A busy machine makes waits and work
/// longer and shifts when things start by a few milliseconds or tens of them; it does not make waits shorter, turn
/// a sequence into overlapping work, or the reverse. So lengths are checked loosely and the shape firmly.
/// </summary>
public static class TimelineTolerance
{
    /// <summary>
    /// How far a start may move against another bar's before the order of the two counts as changed; bars that
    /// overlap by no more than this only touch.
    /// </summary>
    public const long OverlapSlackMs = 20;

    /// <summary>
    /// A bar P ms long on the page matches a run's bar of R ms when P/3 − 50 ≤ R ≤ 3P + 250. The loose ends are for
    /// pages recorded, or runs checked, on a machine so busy that a method's first call waits tens or hundreds of
    /// milliseconds to be compiled and scheduled; a wait cut to a tenth of its length is still caught.
    /// </summary>
    public static (long Min, long Max) AllowedLength(long pageLength) => (Math.Max(0, pageLength / 3 - 50), pageLength * 3 + 250);

    public const string Statement = "bars must be the same, each lasting P/3 − 50 to 3P + 250 ms where the page says P, " +
        "bars that ran one after the other must still do so, and as many must run at once";
}
