namespace DocRunner.Running.Workers;

public enum OutcomeKind
{
    Completed, Threw, ExitCode, Timeout, OutputLimit, Crashed, CompileError,
    /// <summary>The machine, not the sample, stopped the run: a read-only or full disk where a build must write.</summary>
    Environment,
}

/// <summary>How one execution of a sample ended, and what it printed; Spans is its timeline, null where none can be recorded.</summary>
public sealed record RunOutcome(OutcomeKind Kind, string Stdout, string Stderr, string Detail, long WallMs, string Where, string? Spans = null);
