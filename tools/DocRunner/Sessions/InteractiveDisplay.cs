using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting.Hosting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Scripting.Hosting;

namespace DocRunner.Sessions;

/// <summary>
/// What C# Interactive shows after a submission: the value of a trailing expression (one without a semicolon)
/// formatted by <see cref="CSharpObjectFormatter"/> with its default print options (<c>42</c>, <c>"text"</c>,
/// <c>true</c>, <c>RanToCompletion</c>, <c>List&lt;int&gt;(3) { 1, 2, 3 }</c>); an exception as its type and
/// message (the stack frames C# Interactive adds are left out); compiler errors as <c>(line,column): error CSxxxx: …</c>.
/// </summary>
public static class InteractiveDisplay
{
    static readonly PrintOptions Options = new();

    public static string Value(object? value) => CSharpObjectFormatter.Instance.FormatObject(value, Options);

    public static string Exception(Exception exception)
    {
        var text = CSharpObjectFormatter.Instance.FormatException(exception).Replace("\r\n", "\n");
        var frames = text.IndexOf("\n  + ", StringComparison.Ordinal);
        return (frames >= 0 ? text[..frames] : text).TrimEnd();
    }

    public static string Errors(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics
        .Where(d => d.Severity == DiagnosticSeverity.Error)
        .OrderBy(d => d.Location.SourceSpan.Start)
        .Select(d =>
        {
            var at = d.Location.GetLineSpan().StartLinePosition;
            return $"({at.Line + 1},{at.Character + 1}): error {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}";
        }));

    /// <summary>
    /// Whether a submission has a value to show: it ends with an expression and no semicolon, and that
    /// expression is not a call to a void method.
    /// </summary>
    public static bool HasValue(Script script)
    {
        var compilation = script.GetCompilation();
        var tree = compilation.SyntaxTrees.LastOrDefault();
        if (tree?.GetRoot() is not CompilationUnitSyntax unit) return false;
        if (unit.Members.LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } statement })
            return false;
        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is null || type.SpecialType != SpecialType.System_Void;
    }
}
