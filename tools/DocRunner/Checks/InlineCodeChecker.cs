using DocRunner.Discovery;
using DocRunner.Reporting;
using DocRunner.Running;
using DocRunner.Running.Compilation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DocRunner.Checks;

/// <summary>
/// Every <c>```csharp</c> block written directly in a page must compile as a program (or as a library when it
/// holds only declarations), unless it says <c>```csharp fragment</c>. Errors point at the page's own lines.
/// </summary>
public static class InlineCodeChecker
{
    sealed record Verdict(List<string> Errors);

    public static IReadOnlyList<CheckRecord> Check(IEnumerable<Page> pages, ResultCache cache) =>
        [.. pages.SelectMany(p => p.InlineCode).AsParallel().AsOrdered().Select(block => CheckOne(block, cache))];

    static CheckRecord CheckOne(InlineCode block, ResultCache cache)
    {
        if (block.IsFragment)
            return new(block.PagePath, block.FirstLine - 1, "inline", null, null, CheckStatus.Skipped, "marked as a fragment: not compiled", []);
        var key = ResultCache.Key("inline", block.PagePath, block.FirstLine.ToString(), block.Code);
        var verdict = cache.Get<Verdict>(key);
        if (verdict is null)
        {
            verdict = new Verdict(Compile(block));
            if (verdict.Errors.Count == 0) cache.Put(key, verdict);
        }
        return verdict.Errors.Count == 0
            ? new(block.PagePath, block.FirstLine - 1, "inline", null, null, CheckStatus.Passed, "compiles", [])
            : new(block.PagePath, block.FirstLine - 1, "inline", null, null, CheckStatus.CompileError,
                "this csharp block does not compile; fix it, or mark it ```csharp fragment if it is deliberately incomplete", verdict.Errors);
    }

    static List<string> Compile(InlineCode block)
    {
        var source = $"#line {block.FirstLine} \"{block.PagePath}\"\n{block.Code}\n";
        var tree = CSharpSyntaxTree.ParseText(source, SampleCompiler.ParseOptions, block.PagePath, System.Text.Encoding.UTF8);
        var isProgram = tree.GetRoot().DescendantNodes().OfType<GlobalStatementSyntax>().Any();
        var usings = CSharpSyntaxTree.ParseText(ImplicitUsings.Source(web: true), SampleCompiler.ParseOptions, "ImplicitUsings.g.cs", System.Text.Encoding.UTF8);
        var options = new CSharpCompilationOptions(isProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true, concurrentBuild: false);
        var compilation = CSharpCompilation.Create("inline", [tree, usings], FrameworkReferences.For(web: true), options);
        return [.. compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(SampleCompiler.Format)];
    }
}
