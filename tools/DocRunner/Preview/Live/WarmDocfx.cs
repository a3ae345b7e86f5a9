using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocRunner.Discovery;

namespace DocRunner.Preview.Live;

/// <summary>One DocFX message worth showing: a warning or an error, with the file and line it names when it names one.</summary>
public sealed record DocfxMessage(string Severity, string Message, string? File, int? Line);

/// <summary>What one DocFX build did.</summary>
public sealed record DocfxBuild(bool Succeeded, int ExitCode, long Milliseconds, IReadOnlyList<DocfxMessage> Messages);

/// <summary>
/// DocFX, kept warm inside the preview's process: the pinned tool's own <c>docfx.dll</c> and its dependencies are loaded
/// once into their own load context (they carry their own Markdig, Spectre.Console and YamlDotNet), and every build
/// calls its entry point with <c>build docfx.json -o &lt;output&gt;</c>. Measured on this guide: the first build 3.1 s,
/// then about 0.4 s, where starting <c>dotnet docfx build</c> for every change costs 2.1 s. The built-in templates
/// are found in the tool package (DocFX looks for them beside the running program, which is DocRunner here), and the
/// structured log DocFX writes with <c>--log</c> gives its warnings and errors.
/// </summary>
public sealed class WarmDocfx
{
    readonly string root, toolFolder, templatesFolder;
    readonly MethodInfo entry;
    readonly SemaphoreSlim one = new(1, 1);

    WarmDocfx(string root, string toolFolder, string templatesFolder, MethodInfo entry)
    {
        this.root = root;
        this.toolFolder = toolFolder;
        this.templatesFolder = templatesFolder;
        this.entry = entry;
    }

    /// <summary>Loads the DocFX that .config/dotnet-tools.json pins, restoring the tool first when it is not there yet.</summary>
    /// <exception cref="ConfigurationException">When the pinned DocFX cannot be found or restored.</exception>
    public static WarmDocfx Load(string root)
    {
        var version = PinnedVersion(root);
        var package = Path.Combine(PackagesFolder(), "docfx", version);
        var tool = Path.Combine(package, "tools", "net10.0", "any");
        if (!File.Exists(Path.Combine(tool, "docfx.dll"))) Restore(root);
        if (!File.Exists(Path.Combine(tool, "docfx.dll")))
            throw new ConfigurationException($"DocFX {version} is not in {package} and `dotnet tool restore` did not bring it; serve shows the DocFX site and cannot run without it");
        var context = new ToolLoadContext(tool);
        var entry = context.LoadFromAssemblyPath(Path.Combine(tool, "docfx.dll")).EntryPoint
                    ?? throw new ConfigurationException($"{tool}/docfx.dll has no entry point");
        return new WarmDocfx(root, tool, Path.Combine(package, "templates"), entry);
    }

    /// <summary>Builds the site into <paramref name="output"/>; one build at a time. DocFX's own console lines are not shown.</summary>
    public async Task<DocfxBuild> BuildAsync(string output)
    {
        await one.WaitAsync();
        try
        {
            var log = Path.Combine(Path.GetTempPath(), $"docrunner-docfx-{Environment.ProcessId}.log.json");
            File.Delete(log);
            var clock = Stopwatch.StartNew();
            var code = await Task.Run(() => Invoke(["build", Path.Combine(root, "docfx.json"), "-o", output, "--log", log, "-t", Templates(), "--logLevel", "warning"]));
            var messages = ReadLog(log);
            File.Delete(log);
            return new DocfxBuild(code == 0 && !messages.Any(m => m.Severity == "error"), code, clock.ElapsedMilliseconds, messages);
        }
        finally { one.Release(); }
    }

    int Invoke(string[] args)
    {
        var quiet = Console.Out;
        if (Environment.GetEnvironmentVariable("DOCRUNNER_DOCFX_VERBOSE") != "1") Console.SetOut(TextWriter.Null);
        try
        {
            var result = entry.Invoke(null, [args]);
            return result switch { int code => code, Task<int> task => task.GetAwaiter().GetResult(), _ => 0 };
        }
        catch (TargetInvocationException e) { return Fail(e.InnerException ?? e); }
        finally { Console.SetOut(quiet); }

        static int Fail(Exception e) => throw new InvalidOperationException($"DocFX failed: {e.Message}", e);
    }

    /// <summary>docfx.json's template list, with DocFX's built-in names (default, modern, …) pointing into the tool package.</summary>
    string Templates()
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "docfx.json")))?["build"]?["template"];
        var names = config switch
        {
            JsonArray array => array.Select(n => n?.GetValue<string>() ?? "").ToList(),
            JsonValue value => [value.GetValue<string>()],
            _ => ["default"],
        };
        return string.Join(",", names.Select(n => Directory.Exists(Path.Combine(templatesFolder, n)) && !Directory.Exists(Path.Combine(root, n))
            ? Path.Combine(templatesFolder, n) : n));
    }

    static List<DocfxMessage> ReadLog(string log)
    {
        var messages = new List<DocfxMessage>();
        if (!File.Exists(log)) return messages;
        foreach (var line in File.ReadLines(log).Where(l => l.StartsWith('{')))
        {
            using var json = JsonDocument.Parse(line);
            var item = json.RootElement;
            var severity = item.TryGetProperty("severity", out var s) ? s.GetString() ?? "" : "";
            if (severity is not ("warning" or "error")) continue;
            var file = item.TryGetProperty("file", out var f) ? f.GetString() : null;
            int? number = item.TryGetProperty("line", out var l) && int.TryParse(l.ToString(), out var n) ? n : null;
            var code = item.TryGetProperty("code", out var c) ? c.GetString() : null;
            messages.Add(new DocfxMessage(severity, (code is null ? "" : code + ": ") + (item.TryGetProperty("message", out var m) ? m.GetString() : ""), file, number));
        }
        return messages;
    }

    static string PinnedVersion(string root)
    {
        var manifest = Path.Combine(root, ".config", "dotnet-tools.json");
        try
        {
            return JsonNode.Parse(File.ReadAllText(manifest))?["tools"]?["docfx"]?["version"]?.GetValue<string>()
                   ?? throw new ConfigurationException($"{manifest}: no docfx tool is pinned");
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            throw new ConfigurationException($"{manifest}: cannot read the pinned DocFX ({e.Message})");
        }
    }

    static string PackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    static void Restore(string root)
    {
        Console.WriteLine("restoring the pinned DocFX (dotnet tool restore)");
        using var restore = Process.Start(new ProcessStartInfo("dotnet", "tool restore") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true });
        restore?.StandardOutput.ReadToEnd();
        restore?.WaitForExit();
    }

    public override string ToString() => toolFolder;

    /// <summary>
    /// Loads every assembly the tool folder holds from there, even one DocRunner loaded too (Markdig, Spectre.Console,
    /// YamlDotNet and Roslyn are in both, in other versions); the rest comes from the shared framework.
    /// </summary>
    sealed class ToolLoadContext(string folder) : AssemblyLoadContext("docfx")
    {
        protected override Assembly? Load(AssemblyName name) =>
            Path.Combine(folder, name.Name + ".dll") is var file && File.Exists(file) ? LoadFromAssemblyPath(file) : null;
    }
}
