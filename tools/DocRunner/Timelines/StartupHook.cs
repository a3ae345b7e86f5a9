using System.Reflection;
using DocRunner.Timelines;

/// <summary>
/// Records the spans of a sample that runs with <c>dotnet run</c> (package directives, other SDKs), where no worker
/// listens: DocRunner names this assembly in <c>DOTNET_STARTUP_HOOKS</c>, the runtime calls <see cref="Initialize"/>
/// before the program's <c>Main</c>, and the spans are written to the file DocRunner named when the process exits.
/// Only the sample's own process records: the <c>dotnet</c> command that starts it sees the same variables.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable(SpanFile.PathVariable) is not { Length: > 0 } path
            || Assembly.GetEntryAssembly()?.GetName().Name != Environment.GetEnvironmentVariable(SpanFile.ProgramVariable))
            return;
        var spans = SpanRecorder.BeginForProcess();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { File.WriteAllText(path, spans.ToWire()); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        };
    }
}

namespace DocRunner.Timelines
{
    /// <summary>The environment variables that ask a <c>dotnet run</c> sample's process to record its spans.</summary>
    public static class SpanFile
    {
        public const string PathVariable = "DOCRUNNER_SPANS_FILE";
        public const string ProgramVariable = "DOCRUNNER_SPANS_PROGRAM";

        /// <summary>The names of the variables a <c>dotnet run</c> sample sees beyond the samples' fixed set.</summary>
        public static readonly string[] VariableNames = ["DOTNET_STARTUP_HOOKS", PathVariable, ProgramVariable];

        /// <summary>The variables for a run whose spans go to <paramref name="path"/>; the program is named after the sample's file.</summary>
        public static Dictionary<string, string> Environment(string path, string sampleFile) => new()
        {
            ["DOTNET_STARTUP_HOOKS"] = typeof(SpanFile).Assembly.Location,
            [PathVariable] = path,
            [ProgramVariable] = System.IO.Path.GetFileNameWithoutExtension(sampleFile),
        };

        /// <summary>The recorded spans, or null when the process wrote none (it was killed, or crashed).</summary>
        public static string? Read(string path)
        {
            try { return File.Exists(path) ? File.ReadAllText(path) : null; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
        }
    }
}
