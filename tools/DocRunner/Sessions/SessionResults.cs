using DocRunner.Discovery;
using DocRunner.Pipeline;
using DocRunner.Reporting;
using DocRunner.Rewriting;

namespace DocRunner.Sessions;

/// <summary>Every session of the run, ready to be judged page by page.</summary>
public sealed class SessionResults(IReadOnlyList<SessionCheck> checks, TimeSpan workerCpu)
{
    public TimeSpan WorkerCpu => workerCpu;
    public IReadOnlyList<SessionCheck> Checks => checks;

    /// <summary>The page's session records and edits, in the shape of a page verdict so it can join the embeds' one.</summary>
    public PageVerdict Judge(Page page, bool updating)
    {
        var records = new List<CheckRecord>();
        var edits = new List<PageEdit>();
        foreach (var check in checks.Where(c => page.Sessions.Contains(c.Session)))
        {
            var (found, edit) = SessionVerdicts.Judge(page, check, updating);
            records.AddRange(found);
            if (edit is not null) edits.Add(edit);
        }
        return new PageVerdict(records, edits, records.Any(r => r.Failed && r.Status != CheckStatus.Drift));
    }
}

public static class PageVerdictJoining
{
    /// <summary>One verdict for a page: both sets of records and edits; it fails if either does.</summary>
    public static PageVerdict Join(this PageVerdict verdict, PageVerdict other) =>
        new([.. verdict.Records, .. other.Records], [.. verdict.Edits, .. other.Edits], verdict.HasFailures || other.HasFailures);
}
