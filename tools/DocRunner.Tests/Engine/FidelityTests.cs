using System.Diagnostics;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Engine;

/// <summary>The engine must print what <c>dotnet run file.cs</c> prints: checked against the real thing.</summary>
public class FidelityTests
{
    const string ProgramSemantics = """
        using var resource = new Resource();
        Console.WriteLine($"starts on the pool: {Thread.CurrentThread.IsThreadPoolThread}");
        Console.WriteLine(new Point(1, 2));
        Console.WriteLine(new Point(1, 2).GetType().Name);
        Console.WriteLine("3".Twice());
        Console.WriteLine(typeof(Point).Assembly.GetName().Name);
        Console.WriteLine($"{1.5} {DateTime.UnixEpoch:yyyy-MM-dd}");
        await Task.Yield();
        Console.WriteLine(args.Length);

        record Point(int X, int Y);
        static class TextExtensions { public static string Twice(this string s) => s + s; }
        sealed class Resource : IDisposable { public void Dispose() => Console.WriteLine("disposed"); }
        """;

    const string WebSample = """
        #:sdk Microsoft.NET.Sdk.Web
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/hello", () => { Console.WriteLine("handler runs"); return Results.Ok(new { Message = "hi" }); });
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        Console.WriteLine(await client.GetStringAsync("/hello"));
        await app.StopAsync();
        """;

    [Theory]
    [InlineData("semantics.cs", ProgramSemantics)]
    [InlineData("web.cs", WebSample)]
    public async Task Engine_output_equals_dotnet_run_output(string name, string code)
    {
        using var repo = new TestRepo().Sample($"f/{name}", code).Page("f", $"{TestRepo.Embed($"f/{name}")}\n");
        await repo.Update();
        var page = repo.Read("docs/f.md");

        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = repo.Root };
        foreach (var a in new[] { "run", $"samples/f/{name}" }) info.ArgumentList.Add(a);
        info.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        info.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await stderr);

        var expected = string.Join("\n", (await stdout).Replace("\r\n", "\n").TrimEnd('\n').Split('\n').Select(l => l.TrimEnd()));
        Assert.Contains($"```output\n{expected}\n```", page);
    }
}
