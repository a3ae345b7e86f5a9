#:package Microsoft.CodeAnalysis.CSharp@5.12.0
#:package Microsoft.CodeAnalysis.NetAnalyzers@10.0.111
#:property NoWarn=$(NoWarn);NU1603
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

const string suspectCode = """
    using System.Threading.Tasks;
    namespace Shop;
    public static class Primes
    {
        public static async Task<int> CountAsync(int limit)
        {
            int count = 0;
            for (int n = 2; n < limit; n++) if (IsPrime(n)) count++;
            return count;
        }
        static bool IsPrime(int n) { for (int d = 2; d * d <= n; d++) if (n % d == 0) return false; return true; }
    }
    """;

// Compile the snippet with the C# 14 compiler and every .NET analyzer rule switched on as a warning.
string runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
var references = new[] { "System.Private.CoreLib.dll", "System.Runtime.dll" }
    .Select(name => MetadataReference.CreateFromFile(Path.Combine(runtimeFolder, name)));
string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
    ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
string analyzerFolder = Path.Combine(packages, "microsoft.codeanalysis.netanalyzers", "10.0.111", "analyzers", "dotnet", "cs");
var analyzers = Directory.GetFiles(analyzerFolder, "*.dll")
    .SelectMany(dll => new AnalyzerFileReference(dll, new AssemblyLoader()).GetAnalyzers(LanguageNames.CSharp))
    .ToArray();
var everyRuleOn = analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics).Select(rule => rule.Id).Distinct()
    .ToDictionary(id => id, _ => ReportDiagnostic.Warn);

SyntaxTree tree = CSharpSyntaxTree.ParseText(suspectCode);
var compilation = CSharpCompilation.Create("Snippet", [tree], references,
    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, warningLevel: 9999,
        specificDiagnosticOptions: everyRuleOn));
var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().First();

var fromCompiler = compilation.GetDiagnostics();
var aboutTheMethod = (await compilation.WithAnalyzers([.. analyzers]).GetAllDiagnosticsAsync())
    .Where(d => method.Span.Contains(d.Location.SourceSpan));

Console.WriteLine($"compiler errors and warnings: {fromCompiler.Length}");
Console.WriteLine($".NET analyzer rules switched on: more than 300 = {everyRuleOn.Count > 300}");
Console.WriteLine($"diagnostics about {method.Identifier}: {aboutTheMethod.Count()}");

sealed class AssemblyLoader : IAnalyzerAssemblyLoader
{
    public void AddDependencyLocation(string fullPath) { }
    public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
}
