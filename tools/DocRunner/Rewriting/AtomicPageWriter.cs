using DocRunner.Discovery;

namespace DocRunner.Rewriting;

/// <summary>Why a page was not written; <see cref="FromEnvironment"/> when the machine, not the page, is the cause.</summary>
public sealed record WriteRefusal(string Message, bool FromEnvironment);

/// <summary>
/// Writes a page through a temporary file and a rename, and only if the page on disk is still byte for byte
/// what was read: an edit made while the run was going on is never overwritten. A page that is a link inside the
/// repository is written where it points, so the link stays a link.
/// </summary>
public static class AtomicPageWriter
{
    public static WriteRefusal? Write(string fullPath, PageText original, string newText)
    {
        var target = EmbedResolver.RealPath(fullPath);
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, original.Encode(newText));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            if (!File.ReadAllBytes(target).AsSpan().SequenceEqual(original.Bytes))
                return new("the page changed on disk while DocRunner ran; it was not overwritten (run update again)", false);
            File.Move(temporary, target, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new($"the page could not be written ({e.Message.Split('\n')[0]}); it is unchanged", true);
        }
        finally
        {
            try { if (File.Exists(temporary)) File.Delete(temporary); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }
}
