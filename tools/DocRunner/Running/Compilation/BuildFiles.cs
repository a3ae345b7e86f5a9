using System.Xml;
using System.Xml.Linq;

namespace DocRunner.Running.Compilation;

/// <summary>
/// The <c>Directory.Build.props</c> and <c>Directory.Build.targets</c> MSBuild would import for a sample: for each
/// name, the nearest file of that name in the sample's folder or any folder above it (MSBuild stops at the first).
/// The in-process compiler honours none of their settings except those listed here; a sample under any other
/// setting (DefineConstants, LangVersion, a condition, an import, a target) runs with the real <c>dotnet run</c>,
/// so MSBuild itself applies it.
/// </summary>
public static class BuildFiles
{
    static readonly string[] Names = ["Directory.Build.props", "Directory.Build.targets"];

    /// <summary>Settings whose effect the in-process compiler already has.</summary>
    static readonly HashSet<string> Honoured = new(StringComparer.OrdinalIgnoreCase) { "PublishAot=false" };

    /// <summary>Why MSBuild must build this sample, naming the file and the setting; null when the engine may.</summary>
    public static string? WhyDotnetRun(string sampleFullPath)
    {
        foreach (var name in Names)
            if (Nearest(Path.GetDirectoryName(Path.GetFullPath(sampleFullPath)), name) is { } file && Unhonoured(file) is { } setting)
                return $"{file} {setting}";
        return null;
    }

    static string? Nearest(string? directory, string name)
    {
        for (; directory is not null; directory = Path.GetDirectoryName(directory))
            if (File.Exists(Path.Combine(directory, name))) return Path.Combine(directory, name);
        return null;
    }

    static string? Unhonoured(string file)
    {
        XElement project;
        try { project = XDocument.Load(file).Root!; }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException) { return "cannot be read (MSBuild will say why)"; }
        if (project.Attributes().Any()) return "has attributes on <Project>";
        foreach (var element in project.Elements())
        {
            if (element.Name.LocalName != "PropertyGroup" || element.Attributes().Any()) return $"has <{element.Name.LocalName}>";
            foreach (var property in element.Elements())
                if (property.Attributes().Any() || !Honoured.Contains($"{property.Name.LocalName}={property.Value.Trim()}"))
                    return $"sets {property.Name.LocalName}";
        }
        return null;
    }
}
