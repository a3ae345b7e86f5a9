using DocRunner.Reporting;

namespace DocRunner.Preview.Markdown;

/// <summary>What the preview knows about one embed: still running, or its verdict with the page's and the printed lines.</summary>
public sealed record EmbedCheck(bool Running, CheckRecord? Record, IReadOnlyList<string>? Expected = null, IReadOnlyList<string>? Printed = null)
{
    public static readonly EmbedCheck Pending = new(true, null);
}

/// <summary>A session or inline C# block: still running, or its verdict.</summary>
public sealed record BlockCheck(bool Running, CheckRecord? Record)
{
    public static readonly BlockCheck Pending = new(true, null);
}

/// <summary>
/// Everything the renderer shows beside a page's own content, found by the page's line numbers (1-based):
/// each embed's state, which output block belongs to which embed, the state of sessions and inline blocks, and
/// the remaining records (page and link problems), shown after the block that holds their line.
/// An empty instance renders the page exactly as published.
/// </summary>
public sealed class PageChecks
{
    public static PageChecks None => new();

    public Dictionary<int, EmbedCheck> Embeds { get; } = [];
    /// <summary>Opening line of an output block → line of the embed it belongs to.</summary>
    public Dictionary<int, int> OutputOwners { get; } = [];
    /// <summary>Opening line of a session or inline C# block → its state.</summary>
    public Dictionary<int, BlockCheck> Blocks { get; } = [];
    public List<CheckRecord> Loose { get; } = [];

    public bool IsEmpty => Embeds.Count == 0 && Blocks.Count == 0 && Loose.Count == 0;
}
