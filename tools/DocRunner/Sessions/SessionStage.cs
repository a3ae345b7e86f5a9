using DocRunner.Discovery;
using DocRunner.Running;

namespace DocRunner.Sessions;

/// <summary>
/// The sessions stage of a run: read every <c>csharp-interactive</c> block of the pages, run each (or take it
/// from the cache) in recycled session workers, and keep the results for judging page by page.
/// </summary>
public static class SessionStage
{
    public static async Task<SessionResults> RunAsync(IReadOnlyList<Page> pages, ResultCache cache, string scratchRoot, TimeSpan defaultTimeout)
    {
        var checks = pages.SelectMany(p => p.Sessions).Select(session =>
        {
            var timeout = SessionInfo.Timeout(session.Block.Info, out var problems) ?? defaultTimeout;
            return new SessionCheck(session, TranscriptParser.Parse(session.Block), timeout, problems, null);
        }).ToList();
        if (!checks.Any(c => c.IsRunnable)) return new SessionResults(checks, TimeSpan.Zero);

        var directory = Path.Combine(scratchRoot, "sessions");
        Directory.CreateDirectory(directory);
        var pool = new SessionPool(directory);
        SessionCheck[] ran;
        try
        {
            var runner = new SessionRunner(cache, pool);
            ran = await Task.WhenAll(checks.Select(async check =>
                check.IsRunnable ? check with { Run = await runner.RunAsync(check.Transcript, check.Timeout) } : check));
        }
        finally
        {
            await pool.DisposeAsync();
        }
        return new SessionResults(ran, pool.WorkerCpuTime);
    }
}
