using System.Text.Json;

namespace DocRunner.Reporting;

/// <summary>The machine-readable record of a run: one entry per check and the run's totals.</summary>
public static class JsonReport
{
    public static void Write(RunReport report, string path)
    {
        var document = new
        {
            records = report.Records.Select(r => new
            {
                page = r.Page, line = r.Line, kind = r.Kind, sample = r.Sample, region = r.Region,
                status = ConsoleReporter.Label(r.Status), wallMs = r.WallMs, outputBytes = r.OutputBytes, cached = r.Cached,
                message = r.Message,
            }),
            totals = new
            {
                passed = report.Passed, failed = report.Failed, skipped = report.Skipped,
                samplesRun = report.SamplesRun, samplesCached = report.SamplesCached,
                wallMs = report.WallMs, cpuSeconds = Math.Round(report.CpuSeconds, 2), cores = Environment.ProcessorCount,
                longestSampleMs = report.Records.Where(r => !r.Cached).Select(r => r.WallMs).DefaultIfEmpty(0).Max(),
                ranAgain = report.RanAgain ?? [],
            },
        };
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        File.WriteAllText(path, JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }));
    }
}
