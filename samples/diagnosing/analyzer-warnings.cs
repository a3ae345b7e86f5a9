#:package Microsoft.CodeAnalysis.CSharp@5.12.0
#:package Microsoft.CodeAnalysis.NetAnalyzers@10.0.111
#:property NoWarn=$(NoWarn);NU1603
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using System.Globalization;

const string suspectCode = """
    using System.Threading.Tasks;
    static class Checkout
    {
        static async Task SaveAsync() => await Task.Delay(10);
        static async ValueTask<int> CountAsync() { await Task.Yield(); return 1; }
        static async Task RunAsync()
        {
            SaveAsync();
            ValueTask<int> count = CountAsync();
            int total = await count + await count;
            await Task.FromResult(total).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
    """;

// Compile the snippet against this runtime's assemblies and run the .NET analyzers over it.
string runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
var references = new[] { "System.Private.CoreLib.dll", "System.Runtime.dll" }
    .Select(name => MetadataReference.CreateFromFile(Path.Combine(runtimeFolder, name)));
var compilation = CSharpCompilation.Create("Snippet", [CSharpSyntaxTree.ParseText(suspectCode)], references,
    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
    ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
string analyzerFolder = Path.Combine(packages, "microsoft.codeanalysis.netanalyzers", "10.0.111", "analyzers", "dotnet", "cs");
var analyzers = Directory.GetFiles(analyzerFolder, "*.dll")
    .SelectMany(dll => new AnalyzerFileReference(dll, new AssemblyLoader()).GetAnalyzers(LanguageNames.CSharp))
    .Where(analyzer => analyzer.SupportedDiagnostics.Any(rule => rule.Id is "CA2012" or "CA2261"));

var diagnostics = await compilation.WithAnalyzers([.. analyzers]).GetAllDiagnosticsAsync();
foreach (Diagnostic d in diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Info).OrderBy(d => d.Location.SourceSpan.Start))
    Console.WriteLine($"line {d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id} ({d.Severity}) {d.GetMessage(CultureInfo.InvariantCulture)}");

sealed class AssemblyLoader : IAnalyzerAssemblyLoader
{
    public void AddDependencyLocation(string fullPath) { }
    public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
}
