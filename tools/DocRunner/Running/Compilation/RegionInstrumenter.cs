using System.Text;
using DocRunner.Samples;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DocRunner.Running.Compilation;

/// <summary>
/// Inserts a marker statement at the start and end of every region that sits at statement level, with
/// <c>#line</c> directives so that errors and stack traces keep the sample's own line numbers.
/// A region that holds no statements (types, methods) gets no markers and owns no output.
/// </summary>
public static class RegionInstrumenter
{
    public sealed record Result(string Text, IReadOnlyDictionary<string, bool> RegionHasStatements, IReadOnlyList<string> Problems);

    public static Result Instrument(SampleSource sample, string sourceText, CSharpParseOptions options,
        IReadOnlyList<string>? outputLines = null, string? linePath = null)
    {
        var hasStatements = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        if (sample.Regions.Count == 0) return new(outputLines is null ? sourceText : string.Join("\n", outputLines), hasStatements, problems);

        var tree = CSharpSyntaxTree.ParseText(sourceText, options);
        var root = tree.GetRoot();
        var text = tree.GetText();
        var insertAfter = new SortedDictionary<int, List<string>>();
        var insertBefore = new SortedDictionary<int, List<string>>();

        var statements = root.DescendantNodes().OfType<StatementSyntax>().Where(IsInStatementList).ToList();
        foreach (var region in sample.Regions)
        {
            var inside = (Start: text.Lines[region.StartLine].End, End: text.Lines[region.EndLine].Start);
            hasStatements[region.Name] = statements.Any(s => s.SpanStart >= inside.Start && s.Span.End <= inside.End
                && (CodeContainer(s) is CompilationUnitSyntax || CodeContainer(s).SpanStart < inside.Start));
            if (!hasStatements[region.Name]) continue;
            var startOk = CanInsertBefore(root, LineStartOrEnd(text, region.StartLine + 1));
            var endOk = CanInsertAfter(root, text.Lines[region.EndLine].Start);
            if (!(startOk && endOk))
            {
                problems.Add($"{sample.RelativePath}({(startOk ? region.EndLine : region.StartLine) + 1}): region '{region.Name}' " +
                    "must start and end between statements (or hold declarations only)");
                continue;
            }
            Add(insertAfter, region.StartLine, RegionMarkers.EnterStatement(region.Name));
            Add(insertBefore, region.EndLine, RegionMarkers.ExitStatement(region.Name));
        }

        var lines = outputLines?.ToArray() ?? sourceText.Split('\n');
        var output = new StringBuilder(sourceText.Length + 256);
        var path = (linePath ?? sample.RelativePath).Replace("\"", "");
        for (var i = 0; i < lines.Length; i++)
        {
            if (insertBefore.TryGetValue(i, out var before))
            {
                foreach (var statement in before) output.Append(statement).Append('\n');
                output.Append($"#line {i + 1} \"{path}\"\n");
            }
            output.Append(lines[i]);
            if (i < lines.Length - 1) output.Append('\n');
            if (insertAfter.TryGetValue(i, out var after))
            {
                if (i == lines.Length - 1) output.Append('\n');
                foreach (var statement in after) output.Append(statement).Append('\n');
                output.Append($"#line {i + 2} \"{path}\"\n");
            }
        }
        return new(output.ToString(), hasStatements, problems);
    }

    /// <summary>The method, accessor, local function, lambda or top-level code a statement belongs to.</summary>
    static SyntaxNode CodeContainer(StatementSyntax statement) =>
        statement.Ancestors().First(a => a is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax
            or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or CompilationUnitSyntax);

    static void Add(SortedDictionary<int, List<string>> map, int line, string statement)
    {
        if (!map.TryGetValue(line, out var list)) map[line] = list = [];
        list.Add(statement);
    }

    static int LineStartOrEnd(Microsoft.CodeAnalysis.Text.SourceText text, int line) =>
        line < text.Lines.Count ? text.Lines[line].Start : text.Length;

    /// <summary>Can a statement be inserted at <paramref name="position"/>, before the next token?</summary>
    static bool CanInsertBefore(SyntaxNode root, int position)
    {
        var next = root.FindToken(position);
        if (next.SpanStart < position && !next.IsKind(SyntaxKind.EndOfFileToken)) return false;
        if (StartsListedStatement(next)) return true;
        return next.IsKind(SyntaxKind.CloseBraceToken) && next.Parent is BlockSyntax;
    }

    /// <summary>Can a statement be inserted at <paramref name="position"/>, after the previous token?</summary>
    static bool CanInsertAfter(SyntaxNode root, int position)
    {
        var next = root.FindToken(position);
        var previous = next.SpanStart >= position || next.IsKind(SyntaxKind.EndOfFileToken) ? next.GetPreviousToken() : next;
        if (previous.Span.End > position) return false;
        if (previous.IsKind(SyntaxKind.OpenBraceToken) && previous.Parent is BlockSyntax) return true;
        return EndsListedStatement(previous);
    }

    static bool StartsListedStatement(SyntaxToken token) =>
        token.Parent?.AncestorsAndSelf().OfType<StatementSyntax>().FirstOrDefault() is { } statement
        && statement.GetFirstToken() == token && IsInStatementList(statement);

    static bool EndsListedStatement(SyntaxToken token) =>
        token.Parent?.AncestorsAndSelf().OfType<StatementSyntax>()
            .FirstOrDefault(s => s.GetLastToken() == token && IsInStatementList(s)) is not null;

    static bool IsInStatementList(StatementSyntax statement) =>
        statement.Parent is BlockSyntax or GlobalStatementSyntax or SwitchSectionSyntax;
}
