namespace DocRunner.Pipeline;

public sealed record RunOptions(
    string Root,
    IReadOnlyList<string> Filters,
    bool Update,
    bool UseCache,
    TimeSpan DefaultTimeout,
    Reporting.RunProgress? Progress = null,
    bool Portability = false);
