namespace DocRunner.Reporting;

/// <summary>Under GitHub Actions, one <c>::error file=…,line=…::</c> line per failure, so a pull request shows it in place.</summary>
public static class GitHubAnnotations
{
    public static bool Enabled => Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";

    public static void Print(RunReport report, TextWriter output)
    {
        foreach (var record in report.Records.Where(r => r.Failed))
        {
            var message = string.Join("\n", [record.Message, .. record.Details]);
            output.WriteLine($"::error file={Escape(record.Page, true)},line={record.Line},title={Escape(ConsoleReporter.Label(record.Status), true)}::{Escape(message, false)}");
        }
    }

    static string Escape(string text, bool property)
    {
        var escaped = text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
        return property ? escaped.Replace(":", "%3A").Replace(",", "%2C") : escaped;
    }
}
