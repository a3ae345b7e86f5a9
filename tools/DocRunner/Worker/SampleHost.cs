using System.Reflection;
using System.Runtime.ExceptionServices;
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
            var entry = AsyncEntryPoint(loaded.EntryPoint!) ?? loaded.EntryPoint!;
            object?[] arguments = entry.GetParameters().Length == 1 ? [Array.Empty<string>()] : [];
            object? returned;
            try { returned = entry.Invoke(null, arguments); }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
            switch (returned)
            {
                case Task<int> withCode: return await withCode;
                case Task task: await task; return 0;
                case int code: return code;
                default: return 0;
            }
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>
    /// For <c>async Main</c> and top-level <c>await</c> the compiler's entry point blocks on the real, async method;
    /// awaiting that method instead keeps a shared worker's threads free.
    /// </summary>
    static MethodInfo? AsyncEntryPoint(MethodInfo entry)
    {
        if (entry.Name != "<Main>") return null;
        return entry.DeclaringType!
            .GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .FirstOrDefault(m => m.Name is "<Main>$" or "Main" && typeof(Task).IsAssignableFrom(m.ReturnType)
                && m.GetParameters().Length == entry.GetParameters().Length);
    }
}
