using System.Diagnostics;

namespace DocRunner.Preview.Live;

/// <summary>
/// Watches the folders the guide is made of (the root itself without its subfolders, and each top-level folder that
/// holds pages, tocs, samples, the template or resources, with theirs) and reports every relevant change with the
/// moment it was seen. Build output, dependencies, git's own files, the rendered site and editors' scratch files are
/// not relevant: the tool's own cache writes under obj/ must not look like an author's save.
/// </summary>
public sealed class ChangeWatcher(string root, Action<string, long> changed) : IDisposable
{
    static readonly HashSet<string> IgnoredFolders = new(StringComparer.Ordinal) { "bin", "obj", "node_modules", ".git", "_site", "_site-report" };
    readonly Dictionary<string, FileSystemWatcher> watchers = new(StringComparer.Ordinal);
    readonly Lock gate = new();
    bool disposed;

    /// <summary>True when a change to this root-relative path can change the preview.</summary>
    public static bool IsRelevant(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Take(parts.Length - 1).Any(IgnoredFolders.Contains) || IgnoredFolders.Contains(parts[0])) return false;
        var name = parts[^1];
        return !(name.EndsWith('~') || name.EndsWith(".swp") || name.EndsWith(".swx") || name.EndsWith(".tmp")
                 || name.StartsWith(".#") || name == "4913" || name.StartsWith(".docrunner-"));
    }

    /// <summary>Watches exactly these top-level folders (recursively) and the root's own files.</summary>
    public void Watch(IEnumerable<string> topLevelFolders)
    {
        lock (gate)
        {
            if (disposed) return;
            var wanted = new HashSet<string>(topLevelFolders.Where(f => f.Length > 0 && !IgnoredFolders.Contains(f)), StringComparer.Ordinal) { "" };
            foreach (var gone in watchers.Keys.Where(k => !wanted.Contains(k)).ToList())
            {
                watchers[gone].Dispose();
                watchers.Remove(gone);
            }
            foreach (var folder in wanted.Where(f => !watchers.ContainsKey(f)))
            {
                var path = Path.Combine(root, folder);
                if (!Directory.Exists(path)) continue;
                var watcher = new FileSystemWatcher(path)
                {
                    IncludeSubdirectories = folder.Length > 0,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                    InternalBufferSize = 64 * 1024,
                };
                watcher.Changed += OnEvent;
                watcher.Created += OnEvent;
                watcher.Deleted += OnEvent;
                watcher.Renamed += (_, e) => { Report(e.OldFullPath); Report(e.FullPath); };
                watcher.Error += (_, _) => changed("", Stopwatch.GetTimestamp());
                watcher.EnableRaisingEvents = true;
                watchers[folder] = watcher;
            }
        }
    }

    public IReadOnlyCollection<string> Folders { get { lock (gate) return [.. watchers.Keys]; } }

    void OnEvent(object sender, FileSystemEventArgs e) => Report(e.FullPath);

    void Report(string fullPath)
    {
        var relative = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
        if (IsRelevant(relative)) changed(relative, Stopwatch.GetTimestamp());
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            foreach (var watcher in watchers.Values) watcher.Dispose();
            watchers.Clear();
        }
    }
}
