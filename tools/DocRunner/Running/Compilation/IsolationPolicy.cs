using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DocRunner.Running.Compilation;

/// <summary>
/// Decides whether a sample may share a worker process with other samples. A sample that touches process-wide
/// state (console streams, current directory, culture defaults, thread-pool limits, process exit, global events),
/// blocks threads (which would starve its neighbours) or uses the file system gets a fresh process of its own.
/// </summary>
public static class IsolationPolicy
{
    const string AnyMember = "*";

    static readonly Dictionary<string, HashSet<string>> ProcessWide = new()
    {
        ["System.Environment"] = ["Exit", "ExitCode", "FailFast", "CurrentDirectory", "SetEnvironmentVariable"],
        ["System.Console"] = ["SetOut", "SetError", "SetIn", "OpenStandardOutput", "OpenStandardError", "OpenStandardInput",
            "OutputEncoding", "InputEncoding", "ReadKey", "CancelKeyPress"],
        // Console.Out.NewLine = …: a shared worker has one Console.Out for all its samples.
        ["System.IO.TextWriter"] = ["NewLine"],
        ["System.Threading.ThreadPool"] = ["SetMinThreads", "SetMaxThreads", "UnsafeQueueUserWorkItem", "QueueUserWorkItem", "UnsafeQueueNativeOverlapped"],
        ["System.Threading.ExecutionContext"] = ["SuppressFlow"],
        ["System.Globalization.CultureInfo"] = ["DefaultThreadCurrentCulture", "DefaultThreadCurrentUICulture"],
        ["System.Threading.Tasks.TaskScheduler"] = ["UnobservedTaskException"],
        ["System.Threading.SynchronizationContext"] = ["SetSynchronizationContext"],
        ["System.AppDomain"] = [AnyMember],
        ["System.AppContext"] = ["SetSwitch", "SetData"],
        ["System.GC"] = [AnyMember],
        ["System.Runtime.GCSettings"] = [AnyMember],
        ["System.Diagnostics.Process"] = [AnyMember],
        ["System.Runtime.InteropServices.PosixSignalRegistration"] = [AnyMember],
        ["System.Runtime.InteropServices.NativeLibrary"] = [AnyMember],
        // Blocking calls: a blocked thread-pool thread slows every other sample in the same process.
        ["System.Threading.Thread"] = ["Sleep", "Join", "SpinWait", ".ctor"],
        ["System.Threading.Tasks.Task"] = ["Wait", "WaitAll", "WaitAny", "RunSynchronously"],
        ["System.Threading.Tasks.Task<TResult>"] = ["Result"],
        ["System.Threading.Tasks.ValueTask<TResult>"] = ["Result"],
        ["System.Runtime.CompilerServices.TaskAwaiter"] = ["GetResult"],
        ["System.Runtime.CompilerServices.TaskAwaiter<TResult>"] = ["GetResult"],
        ["System.Runtime.CompilerServices.ValueTaskAwaiter"] = ["GetResult"],
        ["System.Runtime.CompilerServices.ValueTaskAwaiter<TResult>"] = ["GetResult"],
        ["System.Runtime.CompilerServices.ConfiguredTaskAwaitable.ConfiguredTaskAwaiter"] = ["GetResult"],
        ["System.Runtime.CompilerServices.ConfiguredTaskAwaitable<TResult>.ConfiguredTaskAwaiter"] = ["GetResult"],
        ["System.Threading.WaitHandle"] = ["WaitOne", "WaitAll", "WaitAny", "SignalAndWait"],
        ["System.Threading.ManualResetEventSlim"] = ["Wait"],
        ["System.Threading.SemaphoreSlim"] = ["Wait"],
        ["System.Threading.CountdownEvent"] = ["Wait"],
        ["System.Threading.Barrier"] = ["SignalAndWait"],
        ["System.Threading.Monitor"] = ["Wait"],
        ["System.Threading.SpinWait"] = ["SpinUntil"],
        ["System.Threading.Tasks.Parallel"] = [AnyMember],
        ["System.Linq.ParallelEnumerable"] = [AnyMember],
        ["System.Collections.Concurrent.BlockingCollection<T>"] = ["Take", "TryTake", "GetConsumingEnumerable", "TakeFromAny"],
        // The file system: each such sample gets an empty working directory of its own.
        ["System.IO.File"] = [AnyMember],
        ["System.IO.Directory"] = [AnyMember],
        ["System.IO.FileInfo"] = [AnyMember],
        ["System.IO.DirectoryInfo"] = [AnyMember],
        ["System.IO.FileStream"] = [AnyMember],
        ["System.IO.RandomAccess"] = [AnyMember],
        ["System.IO.FileSystemWatcher"] = [AnyMember],
        ["System.IO.StreamReader"] = [".ctor"],
        ["System.IO.StreamWriter"] = [".ctor"],
    };

    static readonly HashSet<string> MemberNames = [.. ProcessWide.Values.SelectMany(v => v).Where(n => n != AnyMember && n != ".ctor")];
    static readonly HashSet<string> TypeNames = [.. ProcessWide.Keys.Select(k => k.Split('<')[0].Split('.')[^1])];

    /// <summary>Why this sample needs a process of its own, or null when it can share one.</summary>
    public static string? WhyIsolate(SemanticModel model)
    {
        foreach (var node in model.SyntaxTree.GetRoot().DescendantNodes())
        {
            var candidate = node switch
            {
                SimpleNameSyntax name when MemberNames.Contains(name.Identifier.ValueText) || TypeNames.Contains(name.Identifier.ValueText) => true,
                BaseObjectCreationExpressionSyntax => true,
                _ => false,
            };
            if (!candidate) continue;
            var symbol = model.GetSymbolInfo(node).Symbol;
            if (symbol is null) continue;
            var reason = Match(symbol);
            if (reason is not null) return reason;
        }
        return null;
    }

    static string? Match(ISymbol symbol)
    {
        if (symbol is INamedTypeSymbol type)
            return ProcessWide.TryGetValue(Display(type), out var all) && all.Contains(AnyMember) ? $"uses {type.Name}" : null;
        var container = symbol.ContainingType;
        if (container is null || !ProcessWide.TryGetValue(Display(container), out var members)) return null;
        var name = symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } ? ".ctor" : symbol.Name;
        return members.Contains(AnyMember) || members.Contains(name)
            ? $"uses {container.Name}.{(name == ".ctor" ? "new" : name)}"
            : null;
    }

    static string Display(INamedTypeSymbol type) => type.OriginalDefinition.ToDisplayString();
}
