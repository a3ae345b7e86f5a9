using System.Text;
using DocRunner.Reporting;

namespace DocRunner.Preview.Live;

/// <summary>What the preview knows about one embed: still running, or its verdict with the page's and the printed lines.</summary>
public sealed record EmbedCheck(bool Running, CheckRecord? Record, IReadOnlyList<string>? Expected = null, IReadOnlyList<string>? Printed = null,
    string? Sample = null, string OutputInfo = "output")
{
    public static EmbedCheck RunningFor(string sample) => new(true, null, Sample: sample);
}

/// <summary>A session or inline C# block: still running, or its verdict.</summary>
public sealed record BlockCheck(bool Running, CheckRecord? Record)
{
    public static readonly BlockCheck Pending = new(true, null);
}

/// <summary>
/// Everything the overlay shows beside a page's own content, found by the page's line numbers (1-based):
/// each embed's state, which output block belongs to which embed, the state of sessions and inline blocks, and
/// the remaining records (page and link problems), shown after the block that holds their line.
/// An empty instance adds nothing to the page.
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

    /// <summary>A text that differs whenever the page would show something else: two equal fingerprints render alike.</summary>
    public string Fingerprint()
    {
        var text = new StringBuilder();
        foreach (var (line, check) in Embeds.OrderBy(e => e.Key))
        {
            text.Append("E").Append(line).Append(check.Running ? "R" : "D").Append(check.Sample).Append('\u0001').Append(check.OutputInfo).Append('\u0001');
            Append(text, check.Record);
            text.AppendJoin('\u0002', check.Expected ?? ["\u0003"]).Append('\u0001').AppendJoin('\u0002', check.Printed ?? ["\u0003"]).Append('\n');
        }
        foreach (var (line, owner) in OutputOwners.OrderBy(o => o.Key)) text.Append("O").Append(line).Append(':').Append(owner).Append('\n');
        foreach (var (line, check) in Blocks.OrderBy(b => b.Key))
        {
            text.Append("B").Append(line).Append(check.Running ? "R" : "D");
            Append(text, check.Record);
            text.Append('\n');
        }
        foreach (var record in Loose) { text.Append('L'); Append(text, record); text.Append('\n'); }
        return text.ToString();
    }

    static void Append(StringBuilder text, CheckRecord? record)
    {
        if (record is null) { text.Append('-'); return; }
        text.Append(record.Page).Append('\u0001').Append(record.Line).Append('\u0001').Append(record.Status).Append('\u0001')
            .Append(record.Sample).Append('\u0001').Append(record.Region).Append('\u0001').Append(record.Message).Append('\u0001')
            .AppendJoin('\u0002', record.Details).Append('\u0001');
    }
}
