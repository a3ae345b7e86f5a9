using DocRunner.Tests.Support;

namespace DocRunner.Tests.Adversarial;

/// <summary>
/// Samples that change what a process shares (console writers, cultures, thread-pool limits, the synchronization
/// context) while other samples run beside them, several in the same shared worker.
/// </summary>
public class ProcessWideStateTests
{
    /// <summary>Prints 30 times, while the changers run, what each of them would have changed.</summary>
    const string Observer = """
        using System.Globalization;
        for (var i = 0; i < 30; i++)
        {
            await Task.Delay(30);
            await Task.Yield();
            ThreadPool.GetMinThreads(out var workers, out _);
            Console.WriteLine($"{2.5} {CultureInfo.CurrentCulture.Name == ""} {CultureInfo.CurrentUICulture.Name == ""} {SynchronizationContext.Current is null} {workers < 200}");
        }
        """;

    static readonly Dictionary<string, (string Code, string Shows)> Changers = new()
    {
        // Shared-worker samples: a culture of their own flows with their own code only, as in a program of their own.
        ["ps/culture.cs"] = ("""
            using System.Globalization;
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            Thread.CurrentThread.CurrentUICulture = new CultureInfo("de-DE");
            for (var i = 0; i < 3; i++) { await Task.Delay(30); await Task.Run(() => Console.WriteLine($"{2.5} {CultureInfo.CurrentUICulture.Name}")); }
            """, "2,5 de-DE\n2,5 de-DE\n2,5 de-DE"),
        ["ps/newline.cs"] = ("""
            Console.Out.NewLine = " <-- a newline of its own\n";
            for (var i = 0; i < 3; i++) { await Task.Delay(30); Console.WriteLine($"line {i}"); }
            """, "line 0 <-- a newline of its own\nline 1 <-- a newline of its own\nline 2 <-- a newline of its own"),
        // Samples that need a process of their own for it.
        ["ps/default_culture.cs"] = ("""
            using System.Globalization;
            CultureInfo.DefaultThreadCurrentCulture = new CultureInfo("de-DE");
            CultureInfo.DefaultThreadCurrentUICulture = new CultureInfo("de-DE");
            Console.WriteLine($"{2.5} {await Task.Run(() => $"{3.5}")}");
            await Task.Delay(500);
            """, "2,5 3,5"),
        ["ps/setout.cs"] = ("""
            Console.WriteLine("before");
            Console.SetOut(TextWriter.Null);
            Console.SetError(new StringWriter());
            Console.WriteLine("hidden");
            await Task.Delay(500);
            """, "before"),
        ["ps/minthreads.cs"] = ("""
            ThreadPool.SetMinThreads(200, 200);
            ThreadPool.GetMinThreads(out var workers, out _);
            Console.WriteLine(workers);
            await Task.Delay(500);
            """, "200"),
        ["ps/synccontext.cs"] = ("""
            SynchronizationContext.SetSynchronizationContext(new Announcing());
            for (var i = 0; i < 3; i++) await Task.Delay(100);
            Console.WriteLine($"done on it: {SynchronizationContext.Current is Announcing}");

            sealed class Announcing : SynchronizationContext
            {
                public override void Post(SendOrPostCallback callback, object? state)
                {
                    Console.WriteLine("posted");
                    base.Post(_ => { SetSynchronizationContext(this); callback(state); }, null);
                }
            }
            """, "posted\nposted\nposted\ndone on it: True"),
    };

    [Fact]
    public async Task Process_wide_settings_in_one_sample_do_not_reach_samples_running_beside_it()
    {
        using var repo = new TestRepo();
        var embeds = new List<(string, string)>();
        foreach (var (path, (code, shows)) in Changers)
        {
            repo.Sample(path, code);
            embeds.Add((path, shows));
        }
        var observed = string.Join("\n", Enumerable.Repeat("2.5 True True True True", 30));
        for (var i = 0; i < 4; i++)
        {
            repo.Sample($"ps/observer{i}.cs", Observer);
            embeds.Insert(i * 2, ($"ps/observer{i}.cs", observed));
        }
        repo.Page("ps", AdversarialAssert.PageOf([.. embeds]));
        var before = TreeSnapshot.Of(repo);

        var report = await repo.Run(update: true, [], timeoutSeconds: 20);

        report.Verified([.. embeds.Select(e => e.Item1)]);
        before.AssertUnchanged();
    }
}
