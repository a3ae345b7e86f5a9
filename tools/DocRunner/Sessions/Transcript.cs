namespace DocRunner.Sessions;

/// <summary>
/// One submission of a transcript and what the page shows it displayed. Positions are indexes into the fenced
/// block's content lines; <see cref="PageLine"/> is the page's own (1-based) line of the <c>&gt; </c> prompt.
/// </summary>
public sealed record Submission(
    int Index,
    string Code,
    int PageLine,
    int FirstLine,
    int LineCount,
    int ResultStart,
    IReadOnlyList<string> Results)
{
    /// <summary>The prompt lines exactly as the page shows them (<c>&gt; </c> then <c>. </c> continuations).</summary>
    public IReadOnlyList<string> PromptLines { get; init; } = [];

    /// <summary>Result lines up to the last non-blank one; blank lines after it are spacing the page keeps.</summary>
    public int ResultCount => Results.Count - Results.Reverse().TakeWhile(l => l.Trim().Length == 0).Count();
}

/// <summary>A <c>csharp-interactive</c> block read as C# Interactive shows a session: submissions and their results.</summary>
public sealed record Transcript(IReadOnlyList<Submission> Submissions, IReadOnlyList<TranscriptProblem> Problems);

public sealed record TranscriptProblem(int PageLine, string Message);
