using DocRunner.Samples;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace DocRunner.Running.Compilation;

/// <summary>A sample compiled to an in-memory assembly, ready to load in a worker.</summary>
public sealed record CompiledSample(
    byte[] Assembly, byte[] Pdb, string AssemblyName, string? IsolationReason,
    IReadOnlyDictionary<string, bool> RegionHasStatements);

public sealed record CompileResult(CompiledSample? Sample, IReadOnlyList<string> Errors);

/// <summary>
/// Compiles a sample the way <c>dotnet run file.cs</c> does: C# 14, the SDK's implicit usings, nullable enabled,
/// Debug, a console application whose assembly is named after the file.
/// </summary>
public static class SampleCompiler
{
    static readonly string[] Symbols = ["DEBUG", "TRACE", "NET", "NET10_0", "NETCOREAPP",
        .. Enumerable.Range(5, 6).Select(v => $"NET{v}_0_OR_GREATER"), "NETCOREAPP3_1_OR_GREATER"];

    public static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.CSharp14, DocumentationMode.None, SourceCodeKind.Regular, Symbols);

    static readonly CSharpCompilationOptions Options = new(
        OutputKind.ConsoleApplication,
        optimizationLevel: OptimizationLevel.Debug,
        nullableContextOptions: NullableContextOptions.Enable,
        allowUnsafe: true,
        concurrentBuild: false,
        deterministic: true);

    public static CompileResult Compile(SampleSource sample)
    {
        var source = WithoutDirectives(sample.Lines);
        var instrumented = RegionInstrumenter.Instrument(sample, source, ParseOptions);
        var tree = CSharpSyntaxTree.ParseText(instrumented.Text, ParseOptions, sample.RelativePath, System.Text.Encoding.UTF8);
        var usings = CSharpSyntaxTree.ParseText(ImplicitUsings.Source(sample.UsesWebSdk), ParseOptions, "ImplicitUsings.g.cs", System.Text.Encoding.UTF8);
        var name = Path.GetFileNameWithoutExtension(sample.RelativePath);
        var options = sample.Optimize ? Options.WithOptimizationLevel(OptimizationLevel.Release) : Options;
        var compilation = CSharpCompilation.Create(name, [tree, usings], FrameworkReferences.For(sample.UsesWebSdk), options);

        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var emit = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        var errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(Format).ToList();
        errors.AddRange(instrumented.Problems);
        if (!emit.Success || instrumented.Problems.Count > 0) return new(null, errors);

        // Kestrel's connection threads do not carry the sample's execution context, so a request handler's
        // console output could not be routed to the sample: web samples get a process (and a console) of their own.
        var isolation = sample.UsesWebSdk ? "an ASP.NET Core server" : IsolationPolicy.WhyIsolate(compilation.GetSemanticModel(tree));
        return new(new CompiledSample(pe.ToArray(), pdb.ToArray(), name, isolation, instrumented.RegionHasStatements), []);
    }

    static readonly Lazy<Task> warmUp = new(() => Task.Run(() =>
    {
        var tree = CSharpSyntaxTree.ParseText("Console.WriteLine(await Task.FromResult(1));", ParseOptions);
        var usings = CSharpSyntaxTree.ParseText(ImplicitUsings.Source(web: false), ParseOptions);
        CSharpCompilation.Create("warm-up", [tree, usings], FrameworkReferences.For(web: false), Options)
            .Emit(Stream.Null, Stream.Null, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
    }));

    /// <summary>
    /// Starts one throw-away compilation in the background, once per process. Roslyn's first compilation in a
    /// process costs over a second of loading and JIT; begun while the pages are still being read, that cost is
    /// mostly paid by the time a changed sample needs compiling.
    /// </summary>
    public static void WarmUpInBackground() => _ = warmUp.Value;

    /// <summary>Blanks <c>#:</c> directives and a <c>#!</c> line, keeping every line number.</summary>
    static string WithoutDirectives(IReadOnlyList<string> lines) =>
        string.Join("\n", lines.Select((l, i) => l.StartsWith("#:") || (i == 0 && l.StartsWith("#!")) ? "" : l));

    public static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        var where = span.IsValid ? $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})" : "";
        return $"{where}: error {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
