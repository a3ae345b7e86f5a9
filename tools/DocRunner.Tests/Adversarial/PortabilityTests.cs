using DocRunner.Pipeline;
using DocRunner.Reporting;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Adversarial;

/// <summary>
/// <c>verify --portability</c>: a sample whose output depends on the reader's culture, time zone or processor count
/// fails, naming what it depends on and the lines that differ; a portable sample passes.
/// </summary>
public class PortabilityTests
{
    static readonly Dictionary<string, (string Code, string Baseline, string DependsOn)> Dependent = new()
    {
        ["po/culture.cs"] = ("Console.WriteLine($\"took {0.9:0.0} s\");", "took 0.9 s", "the culture"),
        ["po/time_zone.cs"] = ("Console.WriteLine(TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc), TimeZoneInfo.Local).ToString(\"HH:mm\", System.Globalization.CultureInfo.InvariantCulture));",
            "12:00", "the time zone"),
        ["po/cores.cs"] = ("Console.WriteLine($\"workers: {Environment.ProcessorCount}\");", $"workers: {Environment.ProcessorCount}", "the processor count"),
    };

    const string Portable = """
        using System.Globalization;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"took {0.9:0.0} s, {1234.5:N2}"));
        Console.WriteLine("file".ToUpperInvariant());
        """;

    [Fact]
    public async Task Portability_fails_each_dependent_sample_naming_its_dependency_and_passes_a_portable_one()
    {
        using var repo = new TestRepo();
        foreach (var (sample, (code, _, _)) in Dependent) repo.Sample(sample, code);
        repo.Sample("po/portable.cs", Portable);
        repo.Page("po", AdversarialAssert.PageOf([.. Dependent.Select(d => (d.Key, d.Value.Baseline)), ("po/portable.cs", "took 0.9 s, 1,234.50\nFILE")]));

        var plain = await repo.Verify();
        plain.Verified([.. Dependent.Keys, "po/portable.cs"]);

        var report = await GuideRun.ExecuteAsync(new RunOptions(repo.Root, [], Update: false, UseCache: false, TimeSpan.FromSeconds(30), Portability: true));
        foreach (var (sample, (_, baseline, dependsOn)) in Dependent)
        {
            var record = Assert.Single(report.Records, r => r.Kind == "portability" && r.Sample == $"samples/{sample}");
            Assert.True(record.Failed);
            Assert.Contains($"depends on {dependsOn}", record.Message);
            Assert.Contains($"- {baseline}", record.Details);
            Assert.Contains(record.Details, d => d.StartsWith("+ "));
        }
        Assert.DoesNotContain(report.Records, r => r.Kind == "portability" && r.Sample == "samples/po/portable.cs");
        Assert.Equal(Dependent.Count, report.Failed);
    }
}
