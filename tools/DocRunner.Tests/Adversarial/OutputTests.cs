using DocRunner.Reporting;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Adversarial;

/// <summary>What samples print, at its worst: floods, enormous lines, and bytes a page cannot show as they are.</summary>
public class OutputTests
{
    [Fact]
    public async Task Floods_and_enormous_lines_are_stopped_at_the_cap_named_and_leave_the_rest_verified()
    {
        using var repo = new TestRepo()
            // 100 MB in lines, as a shared-worker sample writes it.
            .Sample("flood/lines.cs", "var line = new string('x', 999);\nfor (var i = 0; i < 100_000; i++) Console.WriteLine(line);\nConsole.WriteLine(\"never\");\n")
            // 100 MB again, by a sample that swallows the error each write raises once the cap is reached.
            .Sample("flood/stubborn.cs", """
                var chunk = new string('x', 100_000);
                var refused = 0;
                for (var i = 0; i < 1_000; i++) { try { Console.Write(chunk); } catch (IOException) { refused++; } }
                Console.WriteLine($"refused {refused}");
                """)
            // 100 MB of raw bytes on the process's own stdout: a solo worker, stopped by the reader.
            .Sample("flood/raw.cs", """
                using var stdout = Console.OpenStandardOutput();
                var chunk = new byte[1 << 20];
                chunk.AsSpan().Fill((byte)'z');
                for (var i = 0; i < 100; i++) stdout.Write(chunk);
                """)
            // One 10 MB line, shared and solo.
            .Sample("flood/line10mb.cs", "Console.WriteLine(new string('y', 10_000_000));\n")
            .Sample("flood/line10mb_solo.cs", "_ = File.Exists(\"isolates this sample\");\nConsole.WriteLine(new string('y', 10_000_000));\n")
            // 100 MB of stderr in one unbroken line, then a failure: the report quotes stderr, but not all of it.
            .Sample("flood/stderr_then_throw.cs", """
                var chunk = new string('e', 1_000);
                try { for (var i = 0; i < 100_000; i++) Console.Error.Write(chunk); } catch (IOException) { }
                throw new InvalidOperationException("failed after a flood of stderr");
                """)
            .Sample("flood/stderr_then_throw_solo.cs", """
                _ = File.Exists("isolates this sample");
                var chunk = new string('e', 1_000);
                for (var i = 0; i < 100_000; i++) Console.Error.Write(chunk);
                throw new InvalidOperationException("failed after a flood of stderr");
                """)
            // An exception whose message is 10 MB.
            .Sample("flood/message.cs", "throw new InvalidOperationException(\"huge: \" + new string('m', 10_000_000));\n")
            .Sample("good/a.cs", "await Task.Delay(100);\nConsole.WriteLine(\"a verified\");\n")
            .Sample("good/b.cs", "_ = File.Exists(\"isolates this sample\");\nConsole.WriteLine(\"b verified\");\n")
            .Page("flood", AdversarialAssert.PageOf(("flood/lines.cs", ""), ("flood/stubborn.cs", "refused 0"), ("flood/raw.cs", ""),
                ("flood/line10mb.cs", ""), ("flood/line10mb_solo.cs", ""), ("good/a.cs", "a verified"),
                ("flood/stderr_then_throw.cs", ""), ("flood/stderr_then_throw_solo.cs", ""), ("flood/message.cs", "")))
            .Page("good", AdversarialAssert.PageOf(("good/a.cs", "a verified"), ("good/b.cs", "b verified")));
        var before = TreeSnapshot.Of(repo);

        var report = await repo.Run(update: true, [], timeoutSeconds: 20);

        const string cap = "wrote more than 1,000,000 characters";
        report.Clear("flood/lines.cs", CheckStatus.OutputLimit, cap);
        report.Clear("flood/stubborn.cs", CheckStatus.OutputLimit, cap);
        report.Clear("flood/raw.cs", CheckStatus.OutputLimit, cap);
        report.Clear("flood/line10mb.cs", CheckStatus.OutputLimit, cap);
        report.Clear("flood/line10mb_solo.cs", CheckStatus.OutputLimit, cap);
        report.Clear("flood/stderr_then_throw.cs", CheckStatus.RuntimeError, "failed after a flood of stderr");
        report.Clear("flood/stderr_then_throw_solo.cs", CheckStatus.RuntimeError, "failed after a flood of stderr");
        report.Clear("flood/message.cs", CheckStatus.RuntimeError, "System.InvalidOperationException: huge: mmm");
        report.Verified("good/a.cs", "good/b.cs");
        before.AssertUnchanged();
    }

    const string Printing = """
        Console.WriteLine("nul:\0:end");
        Console.WriteLine("ansi:\u001b[31mred\u001b[0m plain");
        Console.Write("\u001b[2K\rcleared by an escape and a carriage return\n");
        Console.WriteLine("bell:\a backspace:\b formfeed:\f vtab:\v del:\u007f c1:\u0085");
        Console.WriteLine("lone high:\ud800: lone low:\udc00: reversed:\udc00\ud800: pair:\ud83d\ude00:");
        foreach (var percent in new[] { 0, 10, 50, 100 }) Console.Write($"\rprogress {percent,3}%");
        Console.WriteLine();
        Console.Write("long old text\rshort\n");
        Console.Write("windows line\r\n");
        Console.WriteLine("tab:\tkept, trailing spaces dropped   ");
        Console.WriteLine("fence: ```` and ~~~");
        Console.WriteLine("[!code-csharp[x](../samples/t/none.cs)]");
        Console.WriteLine("separators:\u2028:\u2029: bom:\ufeff:");
        Console.WriteLine(new string('w', 300_000));
        Console.Write("carriage return last\r");
        Console.Write("\n\n   \n\n");
        """;

    /// <summary>What the page shows for <see cref="Printing"/>: the same in a shared worker and in a process of its own.</summary>
    static readonly string[] Shown =
    [
        "nul:\u2400:end",
        "ansi:\u241b[31mred\u241b[0m plain",
        "cleared by an escape and a carriage return",
        "bell:\u2407 backspace:\u2408 formfeed:\u240c vtab:\u240b del:\u2421 c1:\ufffd",
        "lone high:\ufffd: lone low:\ufffd: reversed:\ufffd\ufffd: pair:\ud83d\ude00:",
        "progress 100%",
        "shortold text",
        "windows line",
        "tab:\tkept, trailing spaces dropped",
        "fence: ```` and ~~~",
        "[!code-csharp[x](../samples/t/none.cs)]",
        "separators:\u2028:\u2029: bom:\ufeff:",
        new string('w', 300_000),
        "carriage return last",
    ];

    [Fact]
    public async Task Control_characters_invalid_utf16_and_progress_output_reach_the_page_in_one_visible_form()
    {
        using var repo = new TestRepo()
            .Sample("t/shared.cs", Printing)
            .Sample("t/solo.cs", "_ = File.Exists(\"isolates this sample\");\n" + Printing)
            .Page("text", $"# Text\n\n{TestRepo.Embed("t/shared.cs")}\n\n{TestRepo.Embed("t/solo.cs")}\n\nThe end.\n");

        var update = await repo.Update();
        Assert.True(update.Failed == 0, string.Join("\n", update.Records.Where(r => r.Failed).Select(r => AdversarialAssert.Clip($"{r.Sample}: {r.Status}: {r.Message}"))));
        var block = "`````output\n" + string.Concat(Shown.Select(l => l + "\n")) + "`````\n";
        var expected = $"# Text\n\n{TestRepo.Embed("t/shared.cs")}\n\n{block}\n{TestRepo.Embed("t/solo.cs")}\n\n{block}\nThe end.\n";
        var page = repo.Read("docs/text.md");
        if (page != expected)
        {
            var got = page.Split('\n');
            var want = expected.Split('\n');
            var first = Enumerable.Range(0, Math.Min(got.Length, want.Length)).FirstOrDefault(i => got[i] != want[i], -1);
            Assert.Fail(first < 0 ? $"{got.Length} lines instead of {want.Length}"
                : $"line {first + 1}: expected {Escape(want[first])}, got {Escape(got[first])}");
        }

        var before = TreeSnapshot.Of(repo);
        var verify = await repo.Verify();
        verify.Verified("t/shared.cs", "t/solo.cs");
        await repo.Update();
        before.AssertUnchanged();
    }

    static string Escape(string line) => AdversarialAssert.Clip(string.Concat(line.Select(c => c is >= ' ' and < '\u007f' ? c.ToString() : $"\\u{(int)c:x4}")));
}
