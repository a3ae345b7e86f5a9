using System.Diagnostics;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Adversarial;

/// <summary>
/// DocRunner ended from outside while samples run, each of which started a long-lived child: within 2 s nothing
/// it started is left (workers, samples, their children, on both the worker and the <c>dotnet run</c> path),
/// and its temporary folder holds nothing.
/// </summary>
public class LifetimeSignalTests
{
    [Theory]
    [InlineData("KILL")]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Ending_the_tool_by_a_signal_leaves_no_process_and_nothing_in_TMPDIR(string signal)
    {
        var marker = $"6113.{Random.Shared.Next(100_000, 999_999)}";
        var temp = Directory.CreateTempSubdirectory($"lifetime-{marker}-").FullName;
        using var repo = new TestRepo()
            .Sample("life/worker.cs", Spawner(marker, "1"))
            .Sample("life/dotnet_run.cs", "#:property Nullable=enable\n" + Spawner(marker, "2"))
            .Page("life", AdversarialAssert.PageOf(("life/worker.cs", "started"), ("life/dotnet_run.cs", "started")));
        var before = TreeSnapshot.Of(repo);
        try
        {
            using var tool = StartTool(repo.Root, temp);
            var stderr = tool.StandardError.ReadToEndAsync();
            _ = tool.StandardOutput.ReadToEndAsync();
            await WaitUntil(() => Survivors($"{marker}1").Count > 0 && Survivors($"{marker}2").Count > 0, TimeSpan.FromSeconds(240),
                "both samples' children started");
            Assert.True(Survivors(temp).Count > 0, "a worker process runs, its socket in TMPDIR");

            Signal(tool.Id, signal);
            Assert.True(tool.WaitForExit(10_000), "the tool ended");
            await Task.Delay(2_000);

            Assert.Empty(Survivors(marker).Select(Describe));
            Assert.Empty(Survivors(temp).Select(Describe));
            Assert.Empty(Directory.EnumerateFileSystemEntries(temp));
            before.AssertUnchanged();
            if (signal == "INT")
            {
                var lines = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.Single(lines, l => l.Contains("interrupted; stopped") && l.Contains("worker"));
            }
        }
        finally
        {
            ProcessTable.KillAll(Survivors(marker));
            ProcessTable.KillAll(Survivors(temp));
            try { Directory.Delete(temp, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>A sample that starts a child (its marker as argument), says so, and waits as long as it may.</summary>
    static string Spawner(string marker, string which) => $$"""
        using System.Diagnostics;
        using var child = Process.Start("sleep", "{{marker}}{{which}}")!;
        Console.WriteLine("started");
        Thread.Sleep(300_000);
        """;

    /// <summary>The tool as <c>./docrunner</c> starts it (the script turns the runtime's diagnostic socket off).</summary>
    static Process StartTool(string root, string temp)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        foreach (var a in (string[])[typeof(DocRunner.Cli.GuideCommands).Assembly.Location, "verify", "--no-cache", "--timeout", "280"])
            info.ArgumentList.Add(a);
        info.Environment.Remove("DOCRUNNER_ROOT");
        info.Environment["TMPDIR"] = temp;
        info.Environment["DOTNET_EnableDiagnostics"] = "0";
        return Process.Start(info)!;
    }

    static void Signal(int pid, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString()])!;
        kill.WaitForExit();
    }

    /// <summary>Processes whose command line holds the text anywhere.</summary>
    static List<int> Survivors(string text)
    {
        var found = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid) || pid == Environment.ProcessId) continue;
            try
            {
                if (File.ReadAllText(Path.Combine(directory, "cmdline")).Contains(text)) found.Add(pid);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        return found;
    }

    static string Describe(int pid)
    {
        try { return $"{pid}: {File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ')}"; }
        catch (IOException) { return $"{pid}: (gone)"; }
    }

    static async Task WaitUntil(Func<bool> condition, TimeSpan patience, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < patience, $"waited {patience.TotalSeconds:0} s for: {what}");
            await Task.Delay(200);
        }
    }
}
