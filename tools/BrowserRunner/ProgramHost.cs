using System.Reflection;
using System.Runtime.Loader;
using DocRunner.Worker;

namespace BrowserRunner;

/// <summary>Loads a compiled program into a collectible context and runs its entry point as `dotnet run` would.</summary>
public static class ProgramHost
{
    static int runs;

    public static async Task<int> RunAsync(byte[] assembly)
    {
        var run = ++runs;
        var context = new AssemblyLoadContext($"sample-{run}", isCollectible: true);
        PageConsole.Begin(run);
        try
        {
            var loaded = context.LoadFromStream(new MemoryStream(assembly));
            await LazyAssemblies.LoadReferencesOf(loaded);
            var entry = AsyncEntryPoints.Of(loaded.EntryPoint!) ?? loaded.EntryPoint!;
            object?[] arguments = entry.GetParameters().Length == 1 ? [Array.Empty<string>()] : [];
            var returned = entry.Invoke(null, arguments);
            switch (returned)
            {
                case Task<int> withCode: return await withCode;
                case Task task: await task; return 0;
                case int code: return code;
                default: return 0;
            }
        }
        catch (Exception e)
        {
            var thrown = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            PageConsole.WriteError($"Unhandled exception. {thrown}\n");
            return 1;
        }
        finally
        {
            PageConsole.End();
            context.Unload();
        }
    }
}
