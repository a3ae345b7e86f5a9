using System.Text;
using DocRunner.Running.Compilation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace DocRunner.Sessions;

/// <summary>
/// Runs the submissions of one transcript as one fresh script session, each continuing the state the previous
/// ones left (as <see cref="ScriptState.ContinueWithAsync(string, ScriptOptions, Func{Exception, bool}, CancellationToken)"/>
/// does), with a file-based program's implicit usings and the runtime's own assemblies as references. All the
/// submissions are compiled first, as a chain, and then run one after the other: no compilation time falls between
/// two submissions, so <c>var t = Task.Delay(200);</c> then <c>t.IsCompleted</c> shows <c>false</c> however busy
/// the machine is. A submission that throws shows its exception and the session goes on from the state it left;
/// one that does not compile shows the compiler's errors and is left out of the chain, as in C# Interactive.
/// </summary>
public static class InteractiveSession
{
    static readonly Lazy<ScriptOptions> options = new(() => ScriptOptions.Default
        .WithReferences(FrameworkReferences.For(web: false))
        .WithImports(ImplicitUsings.Console)
        .WithLanguageVersion(LanguageVersion.CSharp14)
        .WithAllowUnsafe(true)
        .WithOptimizationLevel(OptimizationLevel.Debug)
        .WithEmitDebugInformation(false)
        .WithFileEncoding(Encoding.UTF8));

    public static ScriptOptions Options => options.Value;

    /// <summary>A compiled submission, or the compiler's errors for one that does not compile.</summary>
    sealed record Compiled(Script<object>? Script, bool HasValue, string Errors);

    /// <summary>
    /// Compiles every submission, calls <paramref name="compiled"/>, then runs them in order, reporting each one's
    /// display as soon as it is known.
    /// </summary>
    public static async Task<(SessionEnd End, string Detail)> RunAsync(
        IReadOnlyList<string> submissions, SessionConsole console, Action compiled, Action<SubmissionResult> onStep)
    {
        var chain = Compile(submissions);
        compiled();
        ScriptState<object>? state = null;
        foreach (var submission in chain)
        {
            var capture = console.Begin();
            SubmissionResult result;
            if (submission.Script is not { } script)
                result = new SubmissionResult(SubmissionKind.CompileError, capture + submission.Errors + "\n");
            else
            {
                state = state is null
                    ? await script.RunAsync(globals: null, catchException: _ => true)
                    : await script.RunFromAsync(state, catchException: _ => true);
                result = state.Exception is { } thrown
                    ? new SubmissionResult(SubmissionKind.Threw, capture + InteractiveDisplay.Exception(thrown) + "\n")
                    : new SubmissionResult(SubmissionKind.Ran, capture + (submission.HasValue ? ValueOf(state.ReturnValue) : ""));
            }
            if (capture.Overflowed) return (SessionEnd.OutputLimit, $"wrote more than {console.Limit:N0} characters");
            onStep(result);
        }
        return (SessionEnd.Completed, "");
    }

    static List<Compiled> Compile(IReadOnlyList<string> submissions)
    {
        var chain = new List<Compiled>();
        Script<object>? previous = null;
        foreach (var code in submissions)
        {
            var script = previous is null ? CSharpScript.Create(code, Options) : previous.ContinueWith(code, Options);
            var errors = script.Compile().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                chain.Add(new Compiled(null, false, InteractiveDisplay.Errors(errors)));
                continue;
            }
            chain.Add(new Compiled(script, InteractiveDisplay.HasValue(script), ""));
            previous = script;
        }
        return chain;
    }

    static string ValueOf(object? value)
    {
        try { return InteractiveDisplay.Value(value) + "\n"; }
        catch (Exception e) { return InteractiveDisplay.Exception(e) + "\n"; }
    }
}
