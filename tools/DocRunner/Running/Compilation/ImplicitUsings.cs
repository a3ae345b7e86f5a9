namespace DocRunner.Running.Compilation;

/// <summary>The global usings the .NET SDK adds to a file-based program (and to a web one).</summary>
public static class ImplicitUsings
{
    public static readonly string[] Console =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http",
        "System.Threading", "System.Threading.Tasks",
    ];

    public static readonly string[] Web =
    [
        .. Console, "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration",
        "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    ];

    public static string Source(bool web) =>
        string.Concat((web ? Web : Console).Select(n => $"global using global::{n};\n"));
}
