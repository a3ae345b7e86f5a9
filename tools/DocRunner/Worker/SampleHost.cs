using System.Reflection;
using System.Runtime.Loader;

namespace DocRunner.Worker;

/// <summary>Loads a compiled sample into a collectible context and runs its entry point as a program would.</summary>
public static class SampleHost
{
    public static async Task<int> RunAsync(string name, byte[] assembly, byte[] pdb)
    {
        var context = new AssemblyLoadContext(name, isCollectible: true);
        try
        {
            var loaded = context.LoadFromStream(new MemoryStream(assembly), new MemoryStream(pdb));
            var entry = AsyncEntryPoints.Of(loaded.EntryPoint!) ?? loaded.EntryPoint!;
            object?[] arguments = entry.GetParameters().Length == 1 ? [Array.Empty<string>()] : [];
            var returned = await InvokeOnItsOwnThread(entry, arguments);
            switch (returned)
            {
                case Task<int> withCode: return await withCode;
                case Task task: await task; return Environment.ExitCode;
                case int code: return code;
                default: return Environment.ExitCode;
            }
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>
    /// The exit status a shell sees for a program that returned <paramref name="code"/>: on Unix only its low byte
    /// (<c>return 256;</c> is a success under <c>dotnet run</c>, <c>return -1;</c> is 255).
    /// </summary>
    public static int AsProcessExitCode(int code) => OperatingSystem.IsWindows() ? code : code & 0xFF;

    /// <summary>
    /// A program's code starts on its main thread, which is not a thread-pool thread; the entry point runs on a
    /// thread of its own for the same reason, until its first <c>await</c> returns a task.
    /// </summary>
    static Task<object?> InvokeOnItsOwnThread(MethodInfo entry, object?[] arguments)
    {
        var started = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var main = new Thread(() =>
        {
            try { started.SetResult(entry.Invoke(null, arguments)); }
            catch (TargetInvocationException e) when (e.InnerException is not null) { started.SetException(e.InnerException); }
            catch (Exception e) { started.SetException(e); }
        }, maxStackSize: 8 * 1024 * 1024);
        main.Start();
        return started.Task;
    }
}
