using System.Text.RegularExpressions;

namespace DocRunner.Samples;

/// <summary>A region (<c>#region name</c> … <c>#endregion</c>) or DocFX tag (<c>// &lt;name&gt;</c> … <c>// &lt;/name&gt;</c>), by zero-based line.</summary>
public sealed record SampleRegion(string Name, int StartLine, int EndLine);

/// <summary>A <c>#:</c> directive of a file-based program.</summary>
public sealed record Directive(int Line, string Kind, string Value);

/// <summary>A sample program as read from disk: its text, directives and regions, before any compiling.</summary>
public sealed partial class SampleSource
{
    public required string RelativePath { get; init; }
    public required string FullPath { get; init; }
    public required string Text { get; init; }
    public required IReadOnlyList<string> Lines { get; init; }
    public required IReadOnlyList<Directive> Directives { get; init; }
    public required IReadOnlyList<SampleRegion> Regions { get; init; }
    public required IReadOnlyList<string> Problems { get; init; }

    public bool UsesWebSdk => Directives.Any(d => d.Kind == "sdk" && SdkName(d.Value) == "Microsoft.NET.Sdk.Web");

    /// <summary>
    /// Directives the in-process engine cannot honour (packages, projects, other SDKs, build properties):
    /// such samples run with the real <c>dotnet run</c>.
    /// </summary>
    public string? NeedsDotnetRun => Directives
        .Select(d => d.Kind switch
        {
            "sdk" when SdkName(d.Value) is "Microsoft.NET.Sdk" or "Microsoft.NET.Sdk.Web" => null,
            "property" when InProcessProperties.Contains(d.Value.Replace(" ", ""), StringComparer.OrdinalIgnoreCase) => null,
            _ => $"#:{d.Kind} {d.Value}",
        })
        .FirstOrDefault(reason => reason is not null);

    /// <summary>Build properties the in-process compiler honours itself.</summary>
    static readonly string[] InProcessProperties = ["PublishAot=false", "Optimize=true", "Optimize=false"];

    public bool Optimize => Directives.Any(d => d.Kind == "property" && d.Value.Replace(" ", "").Equals("Optimize=true", StringComparison.OrdinalIgnoreCase));

    static string SdkName(string value) => value.Split('@')[0].Trim();

    [GeneratedRegex(@"^\s*#region\s+(?<name>\S.*?)\s*$")]
    private static partial Regex RegionStart();
    [GeneratedRegex(@"^\s*#endregion\b")]
    private static partial Regex RegionEnd();
    [GeneratedRegex(@"^\s*//\s*<(?<close>/?)(?<name>[\w\.-]+)>\s*$")]
    private static partial Regex Tag();
    [GeneratedRegex(@"^#:(?<kind>\w+)\s+(?<value>.*?)\s*$")]
    private static partial Regex DirectiveLine();

    public static SampleSource Load(string root, string relativePath)
    {
        var full = Path.Combine(root, relativePath);
        var text = File.ReadAllText(full);
        return Parse(relativePath, full, text);
    }

    public static SampleSource Parse(string relativePath, string fullPath, string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var directives = new List<Directive>();
        var regions = new List<SampleRegion>();
        var problems = new List<string>();
        var open = new Stack<(string Name, int Line)>();
        var openTags = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            Match match;
            if ((match = DirectiveLine().Match(line)).Success)
                directives.Add(new(i, match.Groups["kind"].Value, match.Groups["value"].Value));
            else if ((match = RegionStart().Match(line)).Success)
                open.Push((match.Groups["name"].Value, i));
            else if (RegionEnd().IsMatch(line))
            {
                if (open.Count == 0) problems.Add($"{relativePath}({i + 1}): #endregion without #region");
                else { var (name, start) = open.Pop(); regions.Add(new(name, start, i)); }
            }
            else if ((match = Tag().Match(line)).Success)
            {
                var name = match.Groups["name"].Value;
                if (match.Groups["close"].Value.Length == 0) openTags[name] = i;
                else if (openTags.Remove(name, out var start)) regions.Add(new(name, start, i));
                else problems.Add($"{relativePath}({i + 1}): closing tag </{name}> without an opening tag");
            }
        }
        foreach (var (name, line) in open) problems.Add($"{relativePath}({line + 1}): #region {name} is never closed");
        foreach (var (name, line) in openTags) problems.Add($"{relativePath}({line + 1}): tag <{name}> is never closed");
        foreach (var duplicate in regions.GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            problems.Add($"{relativePath}({duplicate.ElementAt(1).StartLine + 1}): region name '{duplicate.Key}' is used more than once");

        return new SampleSource
        {
            RelativePath = relativePath, FullPath = fullPath, Text = text, Lines = lines,
            Directives = directives, Regions = [.. regions.OrderBy(r => r.StartLine)], Problems = problems,
        };
    }

    public SampleRegion? FindRegion(string name) =>
        Regions.FirstOrDefault(r => r.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
