using System.Collections.Immutable;
using DocRunner.Running.Compilation;
using DocRunner.Samples;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BrowserRunner;

/// <summary>
/// Compiles a reader's edited sample in the browser as DocRunner compiles samples (C# 14, the SDK's implicit usings,
/// nullable, Debug, a console program, regions instrumented), against the .NET 10 reference assemblies.
/// </summary>
public static class InBrowserCompiler
{
    public sealed record Result(byte[]? Assembly, IReadOnlyList<string> Errors);

    static readonly string[] Symbols = ["DEBUG", "TRACE", "NET", "NET10_0", "NETCOREAPP", "BROWSER",
        .. Enumerable.Range(5, 6).Select(v => $"NET{v}_0_OR_GREATER"), "NETCOREAPP3_1_OR_GREATER"];

    static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp14, DocumentationMode.None, SourceCodeKind.Regular, Symbols);

    static readonly CSharpCompilationOptions Options = new(
        OutputKind.ConsoleApplication, optimizationLevel: OptimizationLevel.Debug,
        nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true, concurrentBuild: false, deterministic: true);

    static readonly Lazy<ImmutableArray<MetadataReference>> references =
        new(() => [.. Basic.Reference.Assemblies.Net100.References.All]);

    public static Result Compile(string source, string path)
    {
        var sample = SampleSource.Parse(path, path, source.Replace("\r\n", "\n"));
        var unsupported = sample.Directives.FirstOrDefault(d => d.Kind is "package" or "project" or "sdk");
        if (unsupported is not null)
            return new(null, [$"{unsupported.Line + 1}:1: error: #:{unsupported.Kind} cannot be used in the browser"]);
        var text = string.Join("\n", sample.Lines.Select((l, i) => l.StartsWith("#:") || (i == 0 && l.StartsWith("#!")) ? "" : l));
        var instrumented = RegionInstrumenter.Instrument(sample, text, ParseOptions);
        var tree = CSharpSyntaxTree.ParseText(instrumented.Text, ParseOptions, path, System.Text.Encoding.UTF8);
        var usings = CSharpSyntaxTree.ParseText(ImplicitUsings.Source(web: false), ParseOptions, "ImplicitUsings.g.cs", System.Text.Encoding.UTF8);
        var compilation = CSharpCompilation.Create(Path.GetFileNameWithoutExtension(path), [tree, usings], references.Value, Options);

        using var pe = new MemoryStream();
        // No PDB: writing one hashes the source on a task and waits for it, and waiting throws on the browser's thread.
        var emit = compilation.Emit(pe);
        var errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(Format)
            .Concat(instrumented.Problems).Concat(sample.Problems).ToList();
        return errors.Count == 0 && emit.Success ? new(pe.ToArray(), []) : new(null, errors);
    }

    static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        var where = span.IsValid ? $"{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}: " : "";
        return $"{where}error {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
