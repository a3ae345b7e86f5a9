using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DocRunner.Running.Compilation;

/// <summary>
/// The framework assemblies a sample compiles against: the running runtime's own implementation assemblies
/// (reference packs clash with the host's CoreLib), plus ASP.NET Core's for web samples. Created once per process.
/// </summary>
public static class FrameworkReferences
{
    static readonly Lazy<ImmutableArray<MetadataReference>> core = new(() => [.. FromDirectory(RuntimeDirectory)]);
    static readonly Lazy<ImmutableArray<MetadataReference>> web = new(() => [.. core.Value, .. FromDirectory(AspNetCoreDirectory)]);

    public static string RuntimeDirectory => Path.GetDirectoryName(typeof(object).Assembly.Location)!;
    public static string AspNetCoreDirectory => Path.GetDirectoryName(typeof(Microsoft.AspNetCore.Builder.WebApplication).Assembly.Location)!;

    public static ImmutableArray<MetadataReference> For(bool web) => web ? FrameworkReferences.web.Value : core.Value;

    static IEnumerable<MetadataReference> FromDirectory(string directory) =>
        Directory.EnumerateFiles(directory, "*.dll")
            .Where(IsManaged)
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));

    static bool IsManaged(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
            return reader.HasMetadata;
        }
        catch (BadImageFormatException) { return false; }
    }
}
