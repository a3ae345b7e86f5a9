namespace DocRunner.Reporting;

public enum CheckStatus
{
    Passed, Updated, Skipped,
    Drift, MissingOutput, CompileError, RuntimeError, Timeout, OutputLimit, Crashed, BrokenEmbed, Problem,
}

/// <summary>One checked thing (an embed, an inline block, a session, a page problem) and its verdict.</summary>
public sealed record CheckRecord(
    string Page, int Line, string Kind, string? Sample, string? Region, CheckStatus Status,
    string Message, IReadOnlyList<string> Details, long WallMs = 0, int OutputBytes = 0, bool Cached = false)
{
    /// <summary>The kind of a record about the machine rather than the guide (a folder that cannot be written): exit code 2.</summary>
    public const string Environment = "environment";

    public bool Failed => Status is not (CheckStatus.Passed or CheckStatus.Updated or CheckStatus.Skipped);
}

/// <summary>How long one stage of a run took; stages marked Overlaps ran at the same time as each other.</summary>
public sealed record StageTime(string Name, long Ms, bool Overlaps = false);

public sealed record RunReport(IReadOnlyList<CheckRecord> Records, long WallMs, double CpuSeconds, int SamplesRun, int SamplesCached, string? Note,
    string? Warning = null, IReadOnlyList<StageTime>? Stages = null, IReadOnlyList<string>? RanAgain = null)
{
    public int Passed => Records.Count(r => r.Status is CheckStatus.Passed or CheckStatus.Updated);
    public int Failed => Records.Count(r => r.Failed);
    public int Skipped => Records.Count(r => r.Status == CheckStatus.Skipped);
}
