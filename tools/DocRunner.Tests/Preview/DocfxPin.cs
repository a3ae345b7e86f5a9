using DocRunner.Tests.Support;

namespace DocRunner.Tests.Preview;

/// <summary>Test repositories that DocFX builds pin the DocFX this guide pins (found above the test binaries).</summary>
public static class DocfxPin
{
    static readonly string Manifest = Find(AppContext.BaseDirectory);

    public static TestRepo PinDocfx(this TestRepo repo) => repo.Write(".config/dotnet-tools.json", File.ReadAllText(Manifest));

    static string Find(string folder)
    {
        for (var at = new DirectoryInfo(folder); at is not null; at = at.Parent)
            if (Path.Combine(at.FullName, ".config", "dotnet-tools.json") is var file && File.Exists(file)) return file;
        throw new InvalidOperationException($"no .config/dotnet-tools.json above {folder}");
    }
}
