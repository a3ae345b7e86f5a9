using Markdig.Parsers;
using Markdig.Syntax;

namespace DocRunner.Preview.Markdown;

/// <summary>
/// A DocFX code-snippet include on a line of its own: <c>[!code-csharp[name](path#fragment?query "title")]</c>.
/// The fragment is a region or tag name, or a line range <c>L3-L9</c>; the query may say
/// <c>highlight=</c>, <c>range=</c>, <c>dedent=</c>, <c>start=</c> and <c>end=</c>.
/// </summary>
public sealed class CodeSnippetBlock(BlockParser parser) : LeafBlock(parser)
{
    /// <summary>The language after <c>code-</c>, or the file's extension when the include names none.</summary>
    public string Language { get; set; } = "";
    /// <summary>The text in the first brackets; DocFX writes it as the code element's <c>name</c>.</summary>
    public string Name { get; set; } = "";
    /// <summary>The target exactly as written in the parentheses, fragment and query included.</summary>
    public string Target { get; set; } = "";
    /// <summary>The optional quoted title after the target.</summary>
    public string Title { get; set; } = "";

    public string FilePath => Uri.UnescapeDataString(Cut(Cut(Target, '#'), '?'));
    public string? Fragment => Target.IndexOf('#') is var at and >= 0 ? Cut(Target[(at + 1)..], '?') : null;
    public string Query =>
        Target.IndexOf('?') is var at and >= 0 ? Cut(Target[(at + 1)..], '#') : "";

    static string Cut(string text, char at) => text.IndexOf(at) is var i and >= 0 ? text[..i] : text;
}
