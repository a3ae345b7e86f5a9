using System.Reflection;

namespace DocRunner.Worker;

/// <summary>Shared by the sample workers and the in-browser runner (linked into tools/BrowserRunner).</summary>
public static class AsyncEntryPoints
{
    /// <summary>
    /// For <c>async Main</c> and top-level <c>await</c> the compiler's entry point blocks on the real, async method.
    /// Awaiting that method instead keeps a shared worker's threads free, and in the browser, where a blocking wait
    /// throws on the single thread, it is the only way to run the program at all. Null for a synchronous program.
    /// </summary>
    public static MethodInfo? Of(MethodInfo entry)
    {
        if (entry.Name != "<Main>") return null;
        return entry.DeclaringType!
            .GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .FirstOrDefault(m => m.Name is "<Main>$" or "Main" && typeof(Task).IsAssignableFrom(m.ReturnType)
                && m.GetParameters().Length == entry.GetParameters().Length);
    }
}
