using DocRunner.Reporting;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Engine;

/// <summary>The whole pipeline on small repositories: samples really run in worker processes.</summary>
public class EngineTests
{
    [Fact]
    public async Task Update_records_real_output_and_verify_then_passes()
    {
        using var repo = new TestRepo()
            .Sample("a/hello.cs", "#region one\nConsole.WriteLine(\"first\");\n#endregion\n#region two\nawait Task.Delay(50);\nConsole.WriteLine($\"{1.5} {new P(1)} {new P(1).GetType().Name}\");\n#endregion\nrecord P(int X);\n")
            .Page("hello", $"# Hello\n\n{TestRepo.Embed("a/hello.cs#one")}\n\n{TestRepo.Embed("a/hello.cs#two")}\n\n{TestRepo.Embed("a/hello.cs")}\n");

        var verify = await repo.Verify();
        Assert.Equal(3, verify.Records.Count(r => r.Status == CheckStatus.MissingOutput));

        var update = await repo.Update();
        Assert.Equal(0, update.Failed);
        Assert.Equal(
            $"# Hello\n\n{TestRepo.Embed("a/hello.cs#one")}\n\n```output\nfirst\n```\n\n{TestRepo.Embed("a/hello.cs#two")}\n\n```output\n1.5 P {{ X = 1 }} P\n```\n\n{TestRepo.Embed("a/hello.cs")}\n\n```output\nfirst\n1.5 P {{ X = 1 }} P\n```\n",
            repo.Read("docs/hello.md"));

        var again = await repo.Verify();
        Assert.Equal(0, again.Failed);
        var before = repo.ReadBytes("docs/hello.md");
        await repo.Update();
        Assert.Equal(before, repo.ReadBytes("docs/hello.md"));
    }

    [Fact]
    public async Task Drift_is_reported_with_a_diff_at_the_page_line_and_verify_never_writes()
    {
        using var repo = new TestRepo()
            .Sample("a/x.cs", "Console.WriteLine(\"now\");\n")
            .Page("x", $"{TestRepo.Embed("a/x.cs")}\n\n```output\nthen\n```\n");
        var before = repo.ReadBytes("docs/x.md");
        var report = await repo.Verify();
        var record = report.Single("a/x.cs");
        Assert.Equal(CheckStatus.Drift, record.Status);
        Assert.Equal(4, record.Line);
        Assert.Contains("--- docs/x.md:4 (page)", record.Details);
        Assert.Contains("- then", record.Details);
        Assert.Contains("+ now", record.Details);
        Assert.Equal(before, repo.ReadBytes("docs/x.md"));
    }

    [Fact]
    public async Task Compile_errors_and_exceptions_are_explained_and_leave_the_page_untouched()
    {
        using var repo = new TestRepo()
            .Sample("a/broken.cs", "Console.WriteLine(\"ok\");\nint x = \"text\";\n")
            .Sample("a/throws.cs", "Console.WriteLine(\"before\");\nthrow new InvalidOperationException(\"boom\");\n")
            .Sample("a/fine.cs", "Console.WriteLine(\"fine\");\n")
            .Page("p", $"{TestRepo.Embed("a/broken.cs")}\n\n{TestRepo.Embed("a/throws.cs")}\n\n{TestRepo.Embed("a/fine.cs")}\n")
            .Page("q", $"{TestRepo.Embed("a/fine.cs")}\n");
        var before = repo.ReadBytes("docs/p.md");
        var report = await repo.Update();

        var compile = report.Single("a/broken.cs");
        Assert.Equal(CheckStatus.CompileError, compile.Status);
        Assert.Contains(compile.Details, d => d.StartsWith("samples/a/broken.cs(2,9): error CS0029"));
        var thrown = report.Single("a/throws.cs");
        Assert.Equal(CheckStatus.RuntimeError, thrown.Status);
        Assert.Contains("System.InvalidOperationException: boom", thrown.Message);

        Assert.Equal(before, repo.ReadBytes("docs/p.md"));
        Assert.Contains("```output\nfine\n```", repo.Read("docs/q.md"));
    }

    [Fact]
    public async Task Samples_run_with_invariant_culture_an_empty_scratch_directory_and_stdin_at_its_end()
    {
        using var repo = new TestRepo()
            .Sample("a/env.cs", """
                Console.WriteLine($"{1234.5:N1} {System.Globalization.CultureInfo.CurrentCulture.Name == ""}");
                Console.WriteLine($"empty dir: {Directory.GetFileSystemEntries(".").Length == 0}");
                File.WriteAllText("written.txt", "x");
                Console.WriteLine($"stdin: {Console.ReadLine() is null}");
                """)
            .Page("env", $"{TestRepo.Embed("a/env.cs")}\n");
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        await repo.Update();
        Assert.Contains("1,234.5 True\nempty dir: True\nstdin: True\n", repo.Read("docs/env.md"));
        Assert.Empty(Directory.GetFiles(repo.Root, "written.txt", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Misbehaving_samples_are_stopped_and_named_while_the_rest_still_pass()
    {
        using var repo = new TestRepo()
            .Sample("bad/spin.cs", "while (true) { }\n")
            .Sample("bad/sleep.cs", "Thread.Sleep(Timeout.Infinite);\n")
            .Sample("bad/exit.cs", "Console.WriteLine(\"leaving\");\nEnvironment.Exit(3);\n")
            .Sample("bad/failfast.cs", "Environment.FailFast(\"gone\");\n")
            .Sample("bad/flood.cs", "var line = new string('x', 1000);\nwhile (true) Console.WriteLine(line);\n")
            .Sample("bad/background.cs", "new Thread(() => throw new InvalidOperationException(\"from a thread\")).Start();\nawait Task.Delay(2000);\n")
            .Sample("bad/overflow.cs", "static int Down(int n) => Down(n + 1) + 1;\nConsole.WriteLine(Down(0));\n")
            .Sample("good/ok.cs", "await Task.Delay(100);\nConsole.WriteLine(\"still verified\");\n")
            .Page("bad", string.Join("\n\n", new[] { "spin", "sleep", "exit", "failfast", "flood", "background", "overflow" }
                .Select(n => $"{TestRepo.Embed($"bad/{n}.cs")}\n\n```output timeout=3\n```")) + "\n")
            .Page("good", $"{TestRepo.Embed("good/ok.cs")}\n\n```output\nstill verified\n```\n");

        var report = await repo.Verify();

        Assert.Equal(CheckStatus.Timeout, report.Single("bad/spin.cs").Status);
        Assert.Equal(CheckStatus.Timeout, report.Single("bad/sleep.cs").Status);
        Assert.Equal(CheckStatus.RuntimeError, report.Single("bad/exit.cs").Status);
        Assert.Contains("exited with code 3", report.Single("bad/exit.cs").Message);
        Assert.Equal(CheckStatus.Crashed, report.Single("bad/failfast.cs").Status);
        Assert.Equal(CheckStatus.OutputLimit, report.Single("bad/flood.cs").Status);
        Assert.Equal(CheckStatus.Crashed, report.Single("bad/background.cs").Status);
        Assert.Contains("from a thread", string.Join("\n", [report.Single("bad/background.cs").Message, .. report.Single("bad/background.cs").Details]));
        Assert.Equal(CheckStatus.Crashed, report.Single("bad/overflow.cs").Status);
        Assert.Equal(CheckStatus.Passed, report.Single("good/ok.cs").Status);
    }

    [Fact]
    public async Task Concurrent_samples_each_get_only_their_own_console_output()
    {
        using var repo = new TestRepo();
        var page = new System.Text.StringBuilder();
        for (var i = 0; i < 12; i++)
        {
            repo.Sample($"c/s{i}.cs", $$"""
                for (var k = 0; k < 3; k++) { await Task.Delay(10); await Task.Run(() => Console.WriteLine($"sample {{i}} task {k}")); }
                var timer = new TaskCompletionSource();
                using var t = new Timer(_ => { Console.WriteLine("sample {{i}} timer"); timer.TrySetResult(); }, null, 30, Timeout.Infinite);
                await timer.Task;
                """);
            page.Append($"{TestRepo.Embed($"c/s{i}.cs")}\n\n");
        }
        repo.Page("c", page.ToString());
        var report = await repo.Update();
        Assert.Equal(0, report.Failed);
        var text = repo.Read("docs/c.md");
        for (var i = 0; i < 12; i++)
            Assert.Contains($"{TestRepo.Embed($"c/s{i}.cs")}\n\n```output\nsample {i} task 0\nsample {i} task 1\nsample {i} task 2\nsample {i} timer\n```", text);
    }

    [Fact]
    public async Task Process_wide_changes_in_one_sample_do_not_reach_another()
    {
        using var repo = new TestRepo()
            .Sample("g/changer.cs", """
                System.Globalization.CultureInfo.DefaultThreadCurrentCulture = new("fr-FR");
                ThreadPool.SetMinThreads(100, 100);
                Directory.SetCurrentDirectory("/");
                Console.SetOut(TextWriter.Null);
                """)
            .Sample("g/observer.cs", """
                await Task.Delay(300);
                await Task.Run(() => Console.WriteLine($"{2.5} {Environment.CurrentDirectory != "/"}"));
                """)
            .Page("g", $"{TestRepo.Embed("g/changer.cs")}\n\n```output\n```\n\n{TestRepo.Embed("g/observer.cs")}\n\n```output\n2.5 True\n```\n");
        var report = await repo.Verify();
        Assert.Equal(0, report.Failed);
    }

    [Fact]
    public async Task Bad_input_gets_clear_errors_and_everything_else_still_runs()
    {
        using var repo = new TestRepo()
            .Sample("b/ok.cs", "Console.WriteLine(1);\n")
            .Sample("b/dup.cs", "#region a\n#endregion\n#region a\n#endregion\n")
            .Page("b", string.Join("\n\n",
                "[!code-csharp[](../samples/b/missing.cs)]",
                "[!code-csharp[](../../outside.cs)]",
                TestRepo.Embed("b/ok.cs#nothere"),
                TestRepo.Embed("b/dup.cs#a"),
                "## Orphan",
                "```output\norphan\n```",
                "```csharp\nint x = \"no\";\n```",
                "```csharp fragment\nthis is not C#\n```",
                TestRepo.Embed("b/ok.cs"),
                "```output\n1\n```") + "\n");
        var report = await repo.Verify();
        var messages = report.Records.Where(r => r.Failed).Select(r => $"{r.Line}: {r.Message}").ToList();
        Assert.Contains(messages, m => m.StartsWith("1:") && m.Contains("samples/b/missing.cs' does not exist"));
        Assert.Contains(messages, m => m.StartsWith("3:") && m.Contains("outside the repository"));
        Assert.Contains(messages, m => m.StartsWith("5:") && m.Contains("no region or tag named 'nothere'"));
        Assert.Contains(report.Records, r => r.Line == 7 && r.Details.Any(d => d.Contains("'a' is used more than once")));
        Assert.Contains(messages, m => m.StartsWith("11:") && m.Contains("no embed before it"));
        Assert.Contains(report.Records, r => r.Kind == "inline" && r.Status == CheckStatus.CompileError && r.Details.Any(d => d.StartsWith("docs/b.md(16,")));
        Assert.Contains(report.Records, r => r.Kind == "inline" && r.Status == CheckStatus.Skipped);
        Assert.Equal(CheckStatus.Passed, report.Records.Single(r => r.Sample == "samples/b/ok.cs" && r.Line == 23).Status);
    }

    [Fact]
    public async Task A_page_edited_on_disk_during_update_is_not_overwritten()
    {
        using var repo = new TestRepo();
        var signals = Directory.CreateTempSubdirectory("docrunner-signals-").FullName;
        try
        {
            var started = Path.Combine(signals, "started");
            var edited = Path.Combine(signals, "edited");
            repo.Sample("e/editor.cs", $$"""
                File.WriteAllText("{{started}}", "");
                var giveUp = DateTime.UtcNow.AddSeconds(30);
                while (!File.Exists("{{edited}}") && DateTime.UtcNow < giveUp) Thread.Sleep(20);
                Console.WriteLine("ran");
                """).Page("edit", $"{TestRepo.Embed("e/editor.cs")}\n");
            var updating = repo.Update();
            var waitUntil = DateTime.UtcNow.AddSeconds(60);
            while (!File.Exists(started) && DateTime.UtcNow < waitUntil && !updating.IsCompleted) await Task.Delay(20);
            Assert.True(File.Exists(started), "the sample never started");
            File.AppendAllText(Path.Combine(repo.Root, "docs/edit.md"), "\nAn author's edit.\n");
            File.WriteAllText(edited, "");
            var report = await updating;
            Assert.Contains(report.Records, r => r.Message.Contains("changed on disk"));
            Assert.EndsWith("An author's edit.\n", repo.Read("docs/edit.md"));
            Assert.DoesNotContain("```output", repo.Read("docs/edit.md"));
        }
        finally { Directory.Delete(signals, recursive: true); }
    }

    [Fact]
    public async Task A_connection_to_a_non_loopback_address_fails_fast()
    {
        using var repo = new TestRepo()
            .Sample("n/net.cs", """
                using var client = new System.Net.Sockets.TcpClient();
                var watch = System.Diagnostics.Stopwatch.StartNew();
                try { await client.ConnectAsync("192.0.2.1", 80).WaitAsync(TimeSpan.FromSeconds(20)); Console.WriteLine("connected"); }
                catch (Exception e) { Console.WriteLine($"failed fast: {watch.Elapsed < TimeSpan.FromSeconds(5)} ({e.GetType().Name})"); }
                """)
            .Page("n", $"{TestRepo.Embed("n/net.cs")}\n");
        await repo.Update();
        Assert.Contains("failed fast: True (SocketException)", repo.Read("docs/n.md"));
    }
}
