using System.Reflection;
using System.Runtime.InteropServices.JavaScript;
using System.Runtime.Loader;

namespace BrowserRunner;

/// <summary>
/// Framework assemblies that console samples rarely use (XML, data sets, Visual Basic, …) are published lazy, so a
/// first Run does not download them. Before a program runs, every assembly it can reach is loaded, fetching the
/// lazy ones it needs from worker.js.
/// </summary>
public static partial class LazyAssemblies
{
    static readonly HashSet<string> walked = new(StringComparer.OrdinalIgnoreCase);
    static HashSet<string>? lazy;

    [JSImport("lazyAssemblies", "runner")]
    private static partial string[] Names();

    [JSImport("loadLazyAssembly", "runner")]
    private static partial Task Load(string name);

    public static async Task LoadReferencesOf(Assembly program)
    {
        lazy ??= new(Names(), StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<AssemblyName>(program.GetReferencedAssemblies());
        while (queue.TryDequeue(out var reference))
        {
            if (reference.Name is not { } name || !walked.Add(name)) continue;
            if (lazy.Contains(name)) await Load(name);
            Assembly assembly;
            try { assembly = AssemblyLoadContext.Default.LoadFromAssemblyName(reference); }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException) { continue; }
            foreach (var next in assembly.GetReferencedAssemblies()) queue.Enqueue(next);
        }
    }
}
