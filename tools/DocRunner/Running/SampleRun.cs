using DocRunner.Running.Workers;

namespace DocRunner.Running;

/// <summary>The verdict on running one sample program: how it ended, its output, and each region's output.</summary>
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
    bool FromCache)
{
    public bool Succeeded => Kind == OutcomeKind.Completed;
}
