using DocRunner.Discovery;

namespace DocRunner.Sessions;

/// <summary>
/// Reads a transcript the way C# Interactive prints one. A line <c>&gt; code</c> starts a submission; lines
/// <c>. code</c> right after it continue that submission; every other line, up to the next <c>&gt; </c>, is what
/// the submission displayed. Blank lines before the first submission are allowed; any other text there is not.
/// </summary>
public static class TranscriptParser
{
    public static Transcript Parse(FencedBlock block) => Parse(block.ContentLines, block.FirstContentLine);

    /// <param name="lines">The block's content lines, container prefixes removed.</param>
    /// <param name="firstPageLine">The page's 1-based line number of <paramref name="lines"/>[0].</param>
    public static Transcript Parse(IReadOnlyList<string> lines, int firstPageLine)
    {
        var submissions = new List<Submission>();
        var problems = new List<TranscriptProblem>();
        var index = 0;
        while (index < lines.Count && !IsPrompt(lines[index]))
        {
            if (lines[index].Trim().Length > 0)
                problems.Add(new(firstPageLine + index,
                    "a csharp-interactive block starts with a submission: '> ' then code (this line is neither a submission nor its result)"));
            index++;
        }
        while (index < lines.Count)
        {
            var first = index;
            var code = new List<string> { CodeOf(lines[index++]) };
            while (index < lines.Count && IsContinuation(lines[index])) code.Add(CodeOf(lines[index++]));
            var resultStart = index;
            while (index < lines.Count && !IsPrompt(lines[index])) index++;
            submissions.Add(new Submission(submissions.Count, string.Join("\n", code), firstPageLine + first, first, code.Count,
                resultStart, [.. lines.Skip(resultStart).Take(index - resultStart)])
            {
                PromptLines = [.. lines.Skip(first).Take(code.Count)],
            });
        }
        if (submissions.Count == 0 && problems.Count == 0)
            problems.Add(new(firstPageLine - 1, "this csharp-interactive block holds no submission ('> ' then code)"));
        return new Transcript(submissions, problems);
    }

    /// <summary><c>&gt; </c> (or a lone <c>&gt;</c>) starts a submission.</summary>
    public static bool IsPrompt(string line) => line == ">" || line.StartsWith("> ", StringComparison.Ordinal);

    /// <summary><c>. </c> (or a lone <c>.</c>) continues one, when it follows a prompt line directly.</summary>
    public static bool IsContinuation(string line) => line == "." || line.StartsWith(". ", StringComparison.Ordinal);

    static string CodeOf(string line) => line.Length > 2 ? line[2..] : "";

    /// <summary>
    /// Why a displayed line could not be written back under a submission without reading as one on the next run:
    /// a line that looks like a prompt, or a first line that looks like a continuation.
    /// </summary>
    public static string? Unrepresentable(IReadOnlyList<string> displayed)
    {
        for (var i = 0; i < displayed.Count; i++)
        {
            if (IsPrompt(displayed[i]))
                return $"it displays the line '{displayed[i]}', which a transcript reads as a new submission";
            if (i == 0 && IsContinuation(displayed[i]))
                return $"its first displayed line '{displayed[i]}' would read as a continuation of the submission";
        }
        return null;
    }
}
