#:package Microsoft.CodeAnalysis.CSharp@5.12.0
#:package Microsoft.VisualStudio.Threading.Analyzers@18.12.1
#:property NoWarn=$(NoWarn);NU1603
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using System.Globalization;

const string suspectCode = """
    using System;
    using System.Threading.Tasks;
    static class Checkout
    {
        static async Task SaveAsync() => await Task.Delay(10).ConfigureAwait(false);
        static Task SendReceiptAsync() => Task.Delay(10);
        static async Task PlaceOrderAsync()
        {
            SaveAsync();
            SendReceiptAsync();
            await Task.Delay(10);
        }
        static void PlaceOrder()
        {
            SaveAsync();
            SendReceiptAsync();
            Task.Delay(10);
            SaveAsync().Wait();
        }
        static async void OnBuyClicked(object sender, EventArgs e) => await SaveAsync().ConfigureAwait(false);
    }
    """;

// Compile the snippet and run the Microsoft.VisualStudio.Threading analyzers over it.
string runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
var references = new[] { "System.Private.CoreLib.dll", "System.Runtime.dll" }
    .Select(name => MetadataReference.CreateFromFile(Path.Combine(runtimeFolder, name)));
var raiseVsthrd111 = new Dictionary<string, ReportDiagnostic> { ["VSTHRD111"] = ReportDiagnostic.Warn };
var compilation = CSharpCompilation.Create("Snippet", [CSharpSyntaxTree.ParseText(suspectCode)], references,
    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, specificDiagnosticOptions: raiseVsthrd111));

string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
    ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
string analyzerFolder = Path.Combine(packages, "microsoft.visualstudio.threading.analyzers", "18.12.1", "analyzers", "cs");
var analyzers = Directory.GetFiles(analyzerFolder, "*.dll")
    .SelectMany(dll => new AnalyzerFileReference(dll, new AssemblyLoader()).GetAnalyzers(LanguageNames.CSharp));

string[] shown = ["CS4014", "VSTHRD002", "VSTHRD100", "VSTHRD110", "VSTHRD111"];
var diagnostics = await compilation.WithAnalyzers([.. analyzers]).GetAllDiagnosticsAsync();
foreach (Diagnostic d in diagnostics.Where(d => shown.Contains(d.Id)).OrderBy(d => d.Location.SourceSpan.Start))
    Console.WriteLine($"line {d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id} {d.GetMessage(CultureInfo.InvariantCulture)}");

sealed class AssemblyLoader : IAnalyzerAssemblyLoader
{
    public void AddDependencyLocation(string fullPath) { }
    public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
}
