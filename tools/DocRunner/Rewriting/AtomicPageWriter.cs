using DocRunner.Discovery;

namespace DocRunner.Rewriting;

/// <summary>
/// Writes a page through a temporary file and a rename, and only if the page on disk is still byte for byte
/// what was read: an edit made while the run was going on is never overwritten.
/// </summary>
public static class AtomicPageWriter
{
    public static string? Write(string fullPath, PageText original, string newText)
    {
        var bytes = original.Encode(newText);
        var temporary = Path.Combine(Path.GetDirectoryName(fullPath)!, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, File.GetUnixFileMode(fullPath));
            var onDisk = File.ReadAllBytes(fullPath);
            if (!onDisk.AsSpan().SequenceEqual(original.Bytes))
                return "the page changed on disk while DocRunner ran; it was not overwritten (run update again)";
            File.Move(temporary, fullPath, overwrite: true);
            return null;
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
