using DocRunner.Running.Workers;

namespace DocRunner.Running;

/// <summary>
/// The verdict on running one sample program: how it ended, its output, each region's output, and its timeline
/// (null when it ran where spans are not recorded).
/// </summary>
public sealed record SampleRun(
    string SamplePath,
    OutcomeKind Kind,
    string Output,
    IReadOnlyDictionary<string, string> RegionOutputs,
    IReadOnlyDictionary<string, bool> RegionHasStatements,
    string Detail,
    string Stderr,
    long WallMs,
    string Where,
    bool FromCache,
    IReadOnlyList<Timelines.TimelineBar>? Timeline = null)
{
    public bool Succeeded => Kind == OutcomeKind.Completed;
}
