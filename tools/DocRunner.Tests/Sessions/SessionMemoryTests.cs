using System.Diagnostics;
using DocRunner.Sessions;
using Xunit.Abstractions;

namespace DocRunner.Tests.Sessions;

/// <summary>
/// Script assemblies cannot be unloaded: a session worker grows by about 0.6 MB per small session (measured: from
/// 160 MB after its first session to 287 MB after 200 in one process). Recycling keeps every worker under a bound.
/// </summary>
[Collection(SessionWorkersCollection.Name)]
public class SessionMemoryTests(ITestOutputHelper output)
{
    const int Sessions = 200;
    const long Bound = 256L << 20;

    [Fact]
    public async Task Memory_stays_bounded_over_200_sessions_because_workers_are_recycled()
    {
        var scratch = Directory.CreateTempSubdirectory("docrunner-sessions-memory-").FullName;
        var pool = new SessionPool(scratch);
        var watch = Stopwatch.StartNew();
        SessionOutcome[] outcomes;
        try
        {
            outcomes = await Task.WhenAll(Enumerable.Range(0, Sessions).Select(i => pool.RunAsync(
                [$"var n = {i};", "var multiples = Enumerable.Range(0, 10).Select(x => x * n).ToList();", "Console.WriteLine(n); multiples.Sum()"],
                TimeSpan.FromSeconds(60))));
        }
        finally
        {
            await pool.DisposeAsync();
            try { Directory.Delete(scratch, recursive: true); } catch (IOException) { }
        }
        var wall = watch.Elapsed;

        for (var i = 0; i < Sessions; i++)
        {
            Assert.Equal(SessionEnd.Completed, outcomes[i].End);
            Assert.Equal($"{i}\n{45 * i}\n", outcomes[i].Steps[2].Display);
        }
        var measured = pool.Measurements;
        var cold = measured.Where(m => m.Cold).ToList();
        var warm = measured.Where(m => !m.Cold).ToList();
        var growth = measured.GroupBy(m => m.Worker).Where(g => g.Count() > 1)
            .Select(g => (g.Last().WorkingSet - g.First().WorkingSet) / (double)(g.Count() - 1)).Average();
        output.WriteLine($"{Sessions} sessions in {wall.TotalSeconds:0.0} s on {pool.WorkersStarted} workers (recycled after {pool.RecycleAfter} sessions, 2 at a time)");
        output.WriteLine($"cold session (fresh worker): wall mean {cold.Average(m => m.WallMs):0} ms, CPU mean {cold.Average(m => m.CpuMs):0} ms (worker start-up included) over {cold.Count}");
        output.WriteLine($"warm session: wall mean {warm.Average(m => m.WallMs):0} ms, median {Median(warm.Select(m => m.WallMs))} ms; CPU mean {warm.Average(m => m.CpuMs):0} ms, median {Median(warm.Select(m => m.CpuMs))} ms over {warm.Count}");
        output.WriteLine($"worker working set: first session {cold.Min(m => m.WorkingSet) / 1048576.0:0} MB, peak {pool.PeakWorkingSet / 1048576.0:0} MB (bound {Bound >> 20} MB); growth {growth / 1048576.0:0.00} MB per session");
        output.WriteLine($"session workers' CPU: {pool.WorkerCpuTime.TotalSeconds:0.0} s in all, {pool.WorkerCpuTime.TotalMilliseconds / Sessions:0} ms per session (start-up included); load average now {LoadAverage()}");
        output.WriteLine($"script assemblies loaded in this (main) process: {ScriptAssembliesHere()}");

        Assert.Equal(Sessions, measured.Count);
        Assert.True(pool.WorkersStarted >= Sessions / pool.RecycleAfter, $"only {pool.WorkersStarted} workers started");
        Assert.True(pool.PeakWorkingSet < Bound, $"a session worker reached {pool.PeakWorkingSet >> 20} MB");
        Assert.Equal(0, ScriptAssembliesHere());
    }

    /// <summary>Roslyn names script assemblies <c>ℛ*…</c>.</summary>
    static int ScriptAssembliesHere() =>
        AppDomain.CurrentDomain.GetAssemblies().Count(a => a.GetName().Name?.StartsWith('ℛ') == true);

    static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    static long Median(IEnumerable<long> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
