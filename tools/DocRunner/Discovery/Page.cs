namespace DocRunner.Discovery;

/// <summary>A Markdown page as read from disk, with everything found in it.</summary>
public sealed class Page
{
    public required string RelativePath { get; init; }
    public required string FullPath { get; init; }
    public required PageText Text { get; init; }
    public List<Embed> Embeds { get; } = [];
    public List<InlineCode> InlineCode { get; } = [];
    public List<SessionBlock> Sessions { get; } = [];
    public List<Problem> Problems { get; } = [];
    public List<Link> Links { get; } = [];
    public HashSet<string> Anchors { get; } = new(StringComparer.Ordinal);
}

public sealed record Link(string Url, int Line);

/// <summary>A code-snippet include such as <c>[!code-csharp[](../samples/x.cs#setup)]</c>.</summary>
public sealed class Embed
{
    public required string PagePath { get; init; }
    public required int Line { get; init; }
    public required string Target { get; init; }
    /// <summary>The text in the first brackets; the site shows it as the sample's file name.</summary>
    public string Title { get; init; } = "";
    /// <summary>Repository-relative path of the sample, with forward slashes; null when the embed is broken.</summary>
    public string? SamplePath { get; init; }
    public string? Region { get; init; }
    /// <summary>A line-range embed (<c>#L3-L9</c>) shows part of the file and owns no output.</summary>
    public bool IsLineRange { get; init; }
    public bool IsRunnable { get; init; }
    public FencedBlock? Output { get; set; }
    /// <summary>A <c>```timeline</c> block after the embed (and its output block): what its sample's run did when.</summary>
    public FencedBlock? Timeline { get; set; }
    public Problem? Broken { get; init; }
}

/// <summary>A fenced code block located precisely in the page text.</summary>
public sealed class FencedBlock
{
    public required int OpeningLine { get; init; }
    /// <summary>Offset of the first character of the opening fence line (its container prefix included).</summary>
    public required int OpeningLineStart { get; init; }
    /// <summary>Offset just after the opening fence line's line break.</summary>
    public required int ContentStart { get; init; }
    /// <summary>Offset of the first character of the closing fence line.</summary>
    public required int ContentEnd { get; init; }
    public required int ClosingLineEnd { get; init; }
    public required string Prefix { get; init; }
    public required char FenceChar { get; init; }
    public required int FenceLength { get; init; }
    public required string Info { get; init; }
    public required IReadOnlyList<string> ContentLines { get; init; }
    public int FirstContentLine => OpeningLine + 1;
}

/// <summary>A <c>```csharp</c> block written directly in a page.</summary>
public sealed record InlineCode(string PagePath, int FirstLine, string Code, bool IsFragment);

/// <summary>A <c>```csharp-interactive</c> transcript.</summary>
public sealed record SessionBlock(string PagePath, FencedBlock Block);

public sealed record Problem(string File, int Line, string Message);
