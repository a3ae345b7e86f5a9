namespace DocRunner.Preview.Live;

/// <summary>The overlay's script and styles (Preview/Overlay/*.js, *.css), built into DocRunner as resources.</summary>
public static class OverlayAssets
{
    public static string Read(string name)
    {
        using var stream = typeof(OverlayAssets).Assembly.GetManifestResourceStream("overlay/" + name)
                           ?? throw new InvalidOperationException($"DocRunner was built without its overlay file {name}");
        return new StreamReader(stream).ReadToEnd();
    }
}
