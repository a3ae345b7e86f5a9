using System.Diagnostics;
using DocRunner.Pipeline;
using DocRunner.Reporting;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Adversarial;

/// <summary>
/// A program's life as <c>dotnet run</c> gives it: foreground threads outlive Main, ProcessExit handlers run and can
/// fail, the exit status is what the shell sees, and Directory.Build.props applies. Each case runs under the real
/// <c>dotnet run</c> and through <c>update</c>: the page must show what dotnet run printed, or the run must fail
/// with dotnet run's exit code.
/// </summary>
public class FidelityLifetimeTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "foreground.cs", """
            var worker = new Thread(() => { Thread.Sleep(300); Console.WriteLine("printed by a foreground thread after Main returned"); });
            worker.Start();
            Console.WriteLine("Main returns");
            """ },
        { "exit_handler.cs", """
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Console.WriteLine("the ProcessExit handler ran");
            Console.WriteLine("Main returns");
            """ },
        { "exit_handler_throws.cs", """
            AppDomain.CurrentDomain.ProcessExit += (_, _) => throw new InvalidOperationException("the handler fails");
            Console.WriteLine("Main returns");
            """ },
        { "exit_code_property.cs", "Console.WriteLine(\"sets Environment.ExitCode\");\nEnvironment.ExitCode = 3;\n" },
        { "exit_code_low_byte.cs", "Console.WriteLine(\"returns 256\");\nreturn 256;\n" },
        { "defines/sample.cs", """
            #if SHOUT
            Console.WriteLine("SHOUT is defined by Directory.Build.props");
            #else
            Console.WriteLine("SHOUT is not defined");
            #endif
            """ },
    };

    const string DefinesProps = """
        <Project>
          <PropertyGroup>
            <PublishAot>false</PublishAot>
            <DefineConstants>$(DefineConstants);SHOUT</DefineConstants>
          </PropertyGroup>
        </Project>
        """;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Fidelity_program_lifetime_and_build_files_as_dotnet_run(string name, string code)
    {
        using var repo = new TestRepo().Sample($"fl/{name}", code).Page("fl", $"{TestRepo.Embed($"fl/{name}")}\n");
        if (name.StartsWith("defines/")) repo.Write("samples/fl/defines/Directory.Build.props", DefinesProps);

        var (stdout, exitCode) = await DotnetRun(repo.Root, $"samples/fl/{name}");
        var report = await repo.Update();
        var record = report.Single($"fl/{name}");
        var said = string.Join("\n", [record.Message, .. record.Details]);

        if (exitCode == 0)
        {
            Assert.False(record.Failed, $"dotnet run succeeded, DocRunner said {record.Status}: {said}");
            Assert.Contains($"```output\n{stdout}\n```", repo.Read("docs/fl.md"));
        }
        else
        {
            Assert.True(record.Failed, $"dotnet run exited with {exitCode}, DocRunner said {record.Status}: {said}");
            Assert.Contains($"code {exitCode}", said);
        }
    }

    static async Task<(string Stdout, int ExitCode)> DotnetRun(string root, string sample)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        foreach (var a in new[] { "run", sample }) info.ArgumentList.Add(a);
        info.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await stderr;
        var text = string.Join("\n", (await stdout).Replace("\r\n", "\n").TrimEnd('\n').Split('\n').Select(l => l.TrimEnd()));
        return (text, process.ExitCode);
    }
}

/// <summary>A reader elsewhere: the engine prints what <c>dotnet run</c> prints under the reader's culture, time zone and cores.</summary>
public class FidelityReaderConditionsTests
{
    const string Sample = """
        using System.Globalization;
        Console.WriteLine($"{CultureInfo.CurrentCulture.Name} {1234.5:N2} {"i".ToUpper()} {new DateTime(2026, 3, 1):d}");
        Console.WriteLine($"{TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc), TimeZoneInfo.Local):HH:mm}");
        Console.WriteLine(Environment.ProcessorCount);
        Console.WriteLine(await Task.Run(() => $"{2.5} {CultureInfo.CurrentUICulture.Name}"));
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Fidelity_engine_output_equals_dotnet_run_for_a_reader_elsewhere(bool turkish)
    {
        var elsewhere = SampleConditions.Elsewhere(turkish);
        using var repo = new TestRepo().Sample("fr/reader.cs", Sample).Page("fr", $"{TestRepo.Embed("fr/reader.cs")}\n");
        SampleConditions.Current = elsewhere;
        await repo.Update();

        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = repo.Root };
        foreach (var a in new[] { "run", "samples/fr/reader.cs" }) info.ArgumentList.Add(a);
        elsewhere.ApplyTo(info.Environment);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await stderr);

        var expected = string.Join("\n", (await stdout).TrimEnd('\n').Split('\n').Select(l => l.TrimEnd()));
        Assert.Contains(elsewhere.Culture, expected);
        Assert.Contains($"```output\n{expected}\n```", repo.Read("docs/fr.md"));
    }
}
