using System.Runtime.InteropServices.JavaScript;

namespace BrowserRunner;

/// <summary>What worker.js calls. Roslyn is touched only by <see cref="Compile"/>, after worker.js has loaded it.</summary>
public static partial class RunnerExports
{
    static byte[]? compiled;

    [JSExport]
    public static Task<int> RunAssembly(byte[] assembly) => ProgramHost.RunAsync(assembly);

    /// <summary>Compiles edited code; returns its errors, one a line ("line:column: error CS…: message"), or "".</summary>
    [JSExport]
    public static string Compile(string source, string path)
    {
        InBrowserCompiler.Result result;
        try { result = InBrowserCompiler.Compile(source, path); }
        catch (Exception e) { result = new(null, [$"error: the compiler failed: {e}"]); }
        compiled = result.Assembly;
        return string.Join("\n", result.Errors);
    }

    [JSExport]
    public static Task<int> RunCompiled() =>
        compiled is { } assembly ? ProgramHost.RunAsync(assembly) : throw new InvalidOperationException("nothing compiled");
}
