using DocRunner.Reporting;

namespace DocRunner.Tests.Site;

public class ReporterTests
{
    static Func<string, string?> Env(params (string Name, string Value)[] set) =>
        name => set.FirstOrDefault(v => v.Name == name).Value;

    [Theory]
    [InlineData(true, null, null, null, true)]
    [InlineData(false, null, null, null, false)]
    [InlineData(true, "1", null, null, false)]
    [InlineData(true, "1", "1", null, false)]
    [InlineData(false, null, "1", null, true)]
    [InlineData(false, null, "0", null, false)]
    [InlineData(true, null, "false", null, false)]
    [InlineData(true, null, null, "dumb", false)]
    [InlineData(true, "", null, null, true)]
    public void Colour_is_used_on_a_terminal_unless_NO_COLOR_and_FORCE_COLOR_decide(bool terminal, string? noColor, string? forceColor, string? term, bool expected)
    {
        var environment = new List<(string, string)>();
        if (noColor is not null) environment.Add(("NO_COLOR", noColor));
        if (forceColor is not null) environment.Add(("FORCE_COLOR", forceColor));
        if (term is not null) environment.Add(("TERM", term));
        Assert.Equal(expected, ColorPolicy.UseColor(terminal, Env([.. environment])));
    }

    static RunReport Report() => new(
    [
        new("docs/a.md", 12, "embed", "samples/a/x.cs", null, CheckStatus.Drift, "the output block differs", ["- old", "+ new"], WallMs: 900),
        new("docs/b.md", 3, "embed", "samples/b/y.cs", null, CheckStatus.Updated, "output block rewritten", [], WallMs: 2500),
        new("docs/b.md", 9, "embed", "samples/b/z.cs", null, CheckStatus.Updated, "output block inserted", [], WallMs: 100),
        new("docs/c.md", 4, "embed", "samples/c/w.cs", null, CheckStatus.Updated, "output block rewritten", []),
        new("docs/c.md", 1, "page", null, null, CheckStatus.Problem, "page left unchanged because one of its checks failed", []),
    ], 4200, 3.0, 3, 0, null, Stages: [new("reading pages", 300), new("samples", 3500, Overlaps: true), new("sessions", 1200, Overlaps: true), new("judging and site checks", 200)]);

    [Fact]
    public void Without_colour_the_report_holds_no_escape_code_and_with_it_it_does()
    {
        var plain = new StringWriter();
        ConsoleReporter.Print(Report(), verbose: false, plain, color: false);
        Assert.DoesNotContain('\u001b', plain.ToString());
        Assert.Contains("✗ docs/a.md:12 samples/a/x.cs drift: the output block differs", plain.ToString());

        var coloured = new StringWriter();
        ConsoleReporter.Print(Report(), verbose: false, coloured, color: true);
        Assert.Contains('\u001b', coloured.ToString());
    }

    [Fact]
    public void An_update_names_each_page_it_rewrote_and_not_the_one_it_left_alone()
    {
        var output = new StringWriter();
        ConsoleReporter.Print(Report(), verbose: false, output, color: false);
        Assert.Contains("rewrote docs/b.md (2 output blocks)", output.ToString());
        Assert.DoesNotContain("rewrote docs/c.md", output.ToString());
    }

    [Fact]
    public void The_run_ends_with_where_the_time_went_then_the_totals()
    {
        var lines = new StringWriter();
        ConsoleReporter.Print(Report(), verbose: false, lines, color: false);
        var text = lines.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal("where the time went: reading pages 0.3 s; at the same time samples 3.5 s, sessions 1.2 s; " +
            "judging and site checks 0.2 s; slowest samples: samples/b/y.cs 2.5 s, samples/a/x.cs 0.9 s, samples/b/z.cs 0.1 s", text[^2]);
        Assert.Equal("3 passed, 2 failed", text[^1]);
    }

    [Fact]
    public void Progress_outside_a_terminal_is_plain_lines_every_few_seconds_and_nothing_for_a_short_run()
    {
        var output = new StringWriter();
        using (var progress = new RunProgress(output, live: false))
        {
            progress.Phase("running samples", 2);
            progress.Done("samples/a.cs");
        }
        Assert.Equal("", output.ToString());

        var slow = new StringWriter();
        using (var progress = new RunProgress(slow, live: false, every: TimeSpan.Zero))
        {
            Thread.Sleep(5100);
            progress.Phase("running samples", 2);
            progress.Done("samples/a.cs");
        }
        Assert.DoesNotContain('\u001b', slow.ToString());
        Assert.Contains("running samples: 1 of 2", slow.ToString());
    }
}
