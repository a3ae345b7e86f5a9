using System.Diagnostics;
using DocRunner.Reporting;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Adversarial;

/// <summary>Samples that leave something behind when they end: processes, threads, work, a crash in waiting.</summary>
public class LifetimeTests
{
    static string Marker() => $"61.{Random.Shared.Next(100_000, 999_999)}";

    [Fact]
    public async Task Child_processes_and_threads_a_sample_leaves_running_do_not_outlive_it_or_delay_the_run()
    {
        var marker = Marker();
        using var repo = new TestRepo()
            .Sample("life/child.cs", $$"""
                using System.Diagnostics;
                using var child = Process.Start("sleep", "{{marker}}")!;
                Console.WriteLine($"child started: {!child.HasExited}");
                """)
            .Sample("life/foreground.cs", """
                new Thread(() => Thread.Sleep(Timeout.Infinite)) { IsBackground = false }.Start();
                Console.WriteLine("left a foreground thread sleeping");
                """)
            .Sample("life/spinning.cs", """
                new Thread(() => { while (true) { } }).Start();
                Console.WriteLine("left a foreground thread spinning");
                """)
            // In a shared worker: the spinning task stays there after the sample ended.
            .Sample("life/pool.cs", """
                _ = Task.Run(() => { while (true) { } });
                Console.WriteLine("left a pool thread spinning");
                """)
            // In a shared worker: the exception ends the whole worker process, so its other samples run again, alone.
            .Sample("life/async_void.cs", """
                Fire();
                await Task.Delay(3000);
                Console.WriteLine("unreachable");

                static async void Fire()
                {
                    await Task.Delay(100);
                    throw new InvalidOperationException("thrown from async void");
                }
                """)
            .Sample("good/shared.cs", "await Task.Delay(400);\nConsole.WriteLine(\"shared verified\");\n")
            .Sample("good/solo.cs", "Thread.Sleep(400);\nConsole.WriteLine(\"solo verified\");\n")
            .Page("life", AdversarialAssert.PageOf(("life/child.cs", "child started: True"),
                ("life/pool.cs", "left a pool thread spinning"), ("life/async_void.cs", ""),
                ("good/shared.cs", "shared verified"), ("good/solo.cs", "solo verified"))
                + string.Concat(new[] { "foreground", "spinning" }.Select(n => $"\n{TestRepo.Embed($"life/{n}.cs")}\n\n```output timeout=3\n```\n")));
        var before = TreeSnapshot.Of(repo);
        try
        {
            var watch = Stopwatch.StartNew();
            var report = await repo.Run(update: true, [], timeoutSeconds: 20);
            watch.Stop();

            report.Clear("life/async_void.cs", CheckStatus.Crashed, "thrown from async void");
            // A foreground thread that never ends keeps the program alive under dotnet run too: it times out and is stopped.
            report.Clear("life/foreground.cs", CheckStatus.Timeout, "did not finish within 3 s");
            report.Clear("life/spinning.cs", CheckStatus.Timeout, "did not finish within 3 s");
            report.Verified("life/child.cs", "life/pool.cs", "good/shared.cs", "good/solo.cs");
            before.AssertUnchanged();
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"the run took {watch.Elapsed.TotalSeconds:0.0} s");
            Assert.Empty(ProcessTable.WithArgument(marker));
        }
        finally
        {
            ProcessTable.KillAll(ProcessTable.WithArgument(marker));
        }
    }

    [Fact]
    public async Task A_process_a_sample_detaches_from_its_own_tree_does_not_outlive_the_run()
    {
        var marker = Marker();
        using var repo = new TestRepo()
            .Sample("life/detached.cs", $$"""
                using System.Diagnostics;
                using var shell = Process.Start("/bin/sh", ["-c", "sleep {{marker}} &"])!;
                shell.WaitForExit();
                Console.WriteLine($"shell exited: {shell.ExitCode}");
                """)
            .Sample("good/ok.cs", "Console.WriteLine(\"verified\");\n")
            .Page("life", AdversarialAssert.PageOf(("life/detached.cs", "shell exited: 0"), ("good/ok.cs", "verified")));
        var before = TreeSnapshot.Of(repo);
        try
        {
            var watch = Stopwatch.StartNew();
            var report = await repo.Run(update: true, [], timeoutSeconds: 20);
            watch.Stop();

            report.Verified("life/detached.cs", "good/ok.cs");
            before.AssertUnchanged();
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"the run took {watch.Elapsed.TotalSeconds:0.0} s");
            Assert.Empty(ProcessTable.WithArgument(marker));
        }
        finally
        {
            ProcessTable.KillAll(ProcessTable.WithArgument(marker));
        }
    }
}
