using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace DocRunner.Preview.Markdown;

/// <summary>Recognises a code-snippet include alone on its line, inside any container (quote, list item, tab).</summary>
public sealed partial class CodeSnippetParser : BlockParser
{
    [GeneratedRegex(@"^\[!code(?:-(?<lang>[\w#+.-]+))?\[(?<name>[^\]]*)\]\((?<target>[^)\s""]+)(?:\s+""(?<title>[^""]*)"")?\)\]\s*$")]
    private static partial Regex Include();

    public CodeSnippetParser() => OpeningCharacters = ['['];

    // DocFX reads an include even right under a paragraph line; so does DocRunner's own page parser.
    public override bool CanInterrupt(BlockProcessor processor, Block block) => true;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var line = processor.Line;
        var match = Include().Match(line.Text, line.Start, line.Length);
        if (!match.Success) return BlockState.None;
        var target = match.Groups["target"].Value;
        var language = match.Groups["lang"].Success ? match.Groups["lang"].Value
            : Path.GetExtension(target.Split('#', '?')[0]).TrimStart('.');
        processor.NewBlocks.Push(new CodeSnippetBlock(this)
        {
            Language = language,
            Name = match.Groups["name"].Value,
            Target = target,
            Title = match.Groups["title"].Value,
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, line.End),
        });
        return BlockState.BreakDiscard;
    }
}
