using System.Diagnostics;

namespace DocRunner.Preview.Live;

/// <summary>How soon a job should run: a sample the author just saved, one on a page someone is looking at, the rest.</summary>
public enum JobPriority { Edited = 0, Viewed = 1, Background = 2 }

/// <summary>A finished job, as the queue reports it.</summary>
public sealed record JobDone(string Key, string Label, object Result, JobPriority Priority, long QueuedMs, long RunMs);

/// <summary>
/// Runs each distinct piece of work (a sample, a session, a page's inline blocks) once per content key and keeps its
/// result for as long as the content still asks for it. A saved sample runs at once; while it runs, nothing else
/// starts, so the author's edit gets the machine. Otherwise jobs run a few at a time, those of pages being viewed first.
/// </summary>
public sealed class JobQueue(int concurrency)
{
    sealed class Job(string key, string label, JobPriority priority, long sequence, Func<Task<object>> work)
    {
        public string Key { get; } = key;
        public string Label { get; } = label;
        public JobPriority Priority { get; set; } = priority;
        public long Sequence { get; } = sequence;
        public Func<Task<object>> Work { get; } = work;
        public Stopwatch Clock { get; } = Stopwatch.StartNew();
        public long StartedAtMs { get; set; } = -1;
        public bool Started => StartedAtMs >= 0;
        public object? Result { get; set; }
    }

    readonly Dictionary<string, Job> jobs = new(StringComparer.Ordinal);
    readonly Lock gate = new();
    IReadOnlySet<string>? retained;
    bool stopped;
    long sequence;
    int running;

    /// <summary>Raised (outside the queue's lock) each time a job finishes.</summary>
    public event Action<JobDone>? Completed;
    /// <summary>Raised when a job starts or finishes, for the status the browser shows.</summary>
    public event Action? Changed;

    public int Running { get { lock (gate) return running; } }
    public int Waiting { get { lock (gate) return jobs.Values.Count(j => !j.Started); } }
    public IReadOnlyList<string> RunningLabels { get { lock (gate) return [.. jobs.Values.Where(j => j.Started && j.Result is null).Select(j => j.Label)]; } }

    public bool TryGetResult(string key, out object result)
    {
        lock (gate)
        {
            result = jobs.TryGetValue(key, out var job) ? job.Result! : null!;
            return result is not null;
        }
    }

    /// <summary>Queues the work for this key unless it is already known; a known job may move up, never down.</summary>
    public void Ensure(string key, string label, JobPriority priority, Func<Task<object>> work)
    {
        lock (gate)
        {
            if (jobs.TryGetValue(key, out var known)) { if (priority < known.Priority) known.Priority = priority; }
            else jobs[key] = new Job(key, label, priority, ++sequence, work);
        }
        Pump();
    }

    public void Promote(IEnumerable<string> keys, JobPriority priority)
    {
        lock (gate)
            foreach (var key in keys)
                if (jobs.TryGetValue(key, out var job) && priority < job.Priority) job.Priority = priority;
        Pump();
    }

    /// <summary>Forgets every job whose key the content no longer asks for (a running one finishes first, then goes).</summary>
    public void Retain(IReadOnlySet<string> keys)
    {
        lock (gate)
            foreach (var job in jobs.Values.Where(j => !keys.Contains(j.Key) && (!j.Started || j.Result is not null)).ToList())
                jobs.Remove(job.Key);
        retained = keys;
    }

    /// <summary>Starts nothing more; what runs goes on until it ends.</summary>
    public void Stop()
    {
        lock (gate) stopped = true;
    }

    /// <summary>Waits until no job runs, or the time is up.</summary>
    public async Task WhenIdleAsync(TimeSpan limit)
    {
        for (var clock = Stopwatch.StartNew(); Running > 0 && clock.Elapsed < limit;) await Task.Delay(20);
    }

    void Pump()
    {
        var toStart = new List<Job>();
        lock (gate)
        {
            if (stopped) return;
            var waiting = jobs.Values.Where(j => !j.Started).OrderBy(j => j.Priority).ThenBy(j => j.Sequence).ToList();
            var editedRunning = jobs.Values.Any(j => j.Started && j.Result is null && j.Priority == JobPriority.Edited);
            foreach (var job in waiting)
            {
                var start = job.Priority == JobPriority.Edited || (!editedRunning && running + toStart.Count < concurrency);
                if (!start) break;
                job.StartedAtMs = job.Clock.ElapsedMilliseconds;
                toStart.Add(job);
                if (job.Priority == JobPriority.Edited) editedRunning = true;
            }
            running += toStart.Count;
        }
        foreach (var job in toStart) _ = RunAsync(job);
        if (toStart.Count > 0) Changed?.Invoke();
    }

    async Task RunAsync(Job job)
    {
        object result;
        try { result = await Task.Run(job.Work); }
        catch (Exception e) { result = e; }
        var done = new JobDone(job.Key, job.Label, result, job.Priority, job.StartedAtMs, job.Clock.ElapsedMilliseconds - job.StartedAtMs);
        lock (gate)
        {
            job.Result = result;
            running--;
            if (retained is not null && !retained.Contains(job.Key)) jobs.Remove(job.Key);
        }
        Completed?.Invoke(done);
        Changed?.Invoke();
        Pump();
    }
}
