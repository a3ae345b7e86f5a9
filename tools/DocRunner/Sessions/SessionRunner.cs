using DocRunner.Running;

namespace DocRunner.Sessions;

/// <summary>What one session displayed, submission by submission, and how it ended; stored in the result cache.</summary>
public sealed record SessionRun(SessionEnd End, IReadOnlyList<SubmissionResult> Results, string Detail, long WallMs, bool FromCache)
{
    public bool Succeeded => End == SessionEnd.Completed;
}

/// <summary>
/// Runs a transcript's submissions as a session, or takes the result from the cache when the same submissions
/// (with the same timeout, tool build and runtime) ran before. Only the submissions form the key: rewriting a
/// block's results does not make it run again. Only sessions that completed are cached.
/// </summary>
public sealed class SessionRunner(ResultCache cache, SessionPool pool)
{
    public static string CacheKey(Transcript transcript, TimeSpan timeout) =>
        ResultCache.Key(["csharp-interactive", timeout.ToString(), .. transcript.Submissions.Select(s => s.Code)]);

    public async Task<SessionRun> RunAsync(Transcript transcript, TimeSpan timeout)
    {
        var key = CacheKey(transcript, timeout);
        if (cache.Get<SessionRun>(key) is { } cached && cached.Results.Count == transcript.Submissions.Count)
            return cached with { FromCache = true };
        var outcome = await pool.RunAsync([.. transcript.Submissions.Select(s => s.Code)], timeout);
        var run = new SessionRun(outcome.End, outcome.Steps, outcome.Detail, outcome.WallMs, false);
        if (run.Succeeded) cache.Put(key, run);
        return run;
    }
}
