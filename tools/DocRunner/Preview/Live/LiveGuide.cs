using System.Diagnostics;
using DocRunner.Checks;
using DocRunner.Discovery;
using DocRunner.Pipeline;
using DocRunner.Reporting;
using DocRunner.Running;
using DocRunner.Running.Compilation;
using DocRunner.Running.Workers;
using DocRunner.Samples;
using DocRunner.Sessions;

namespace DocRunner.Preview.Live;

/// <param name="Update">Write outputs into the pages, as <c>update</c> does.</param>
/// <param name="DefaultTimeout">How long a sample may run unless its output block says otherwise.</param>
/// <param name="Concurrency">How many checks run at once (0: four per core, at least eight).</param>
/// <param name="Watch">Watch the files and refresh by itself (tests call RefreshAsync instead).</param>
/// <param name="Build">Build the site with DocFX (tests of the checks alone leave it out).</param>
public sealed record LiveOptions(bool Update, TimeSpan DefaultTimeout, int Concurrency = 0, bool Watch = true, bool Build = true);

/// <summary>A page's overlay as the server hands it out; <see cref="Version"/> is the refresh that last changed it.</summary>
public sealed record PageOverlay(string PagePath, IReadOnlyList<OverlayItem> Items, long Version);

/// <summary>
/// What one refresh changed: the pages (by Markdown path) whose overlay differs, and, after a DocFX build, the pages
/// whose HTML differs (<see cref="Rebuilt"/>; <see cref="Reload"/>: all of them, e.g. the toc or the template changed).
/// </summary>
public sealed record SiteChange(long Version, IReadOnlyList<string> Pages, bool Reload, long Build = 0, IReadOnlyList<string>? Rebuilt = null);

public sealed record LiveStatus(int Running, int Waiting, string Message);

/// <summary>The last save of a sample, followed to the page showing what it printed.</summary>
public sealed record EditTiming(string Sample, long SaveToPageMs, long RunMs, string Outcome);

/// <summary>
/// The guide as the preview serves it, kept current: every refresh reads the pages, tocs and samples again (parsing
/// only what changed), asks the engine's verdicts for what is already known, queues what is not (keyed by content, so
/// only changed samples run again; the result cache under obj/docrunner serves the rest), rebuilds the site with the
/// warm DocFX when a file changed, and tells which pages' HTML or overlay changed. A sample that finishes triggers another refresh. With
/// <c>--update</c>, a page whose checks are all known and whose only failures are drift or missing output is
/// rewritten, as <c>update</c> does. Nothing here throws at its caller: a guide that cannot be read is shown as a
/// problem in every page. The site is built into a folder of its own (<see cref="SiteFolder"/>), not _site/.
/// </summary>
public sealed class LiveGuide : IAsyncDisposable
{
    readonly string root;
    readonly LiveOptions options;
    readonly ResultCache cache;
    readonly string scratch = Directory.CreateTempSubdirectory("docrunner-serve-").FullName;
    readonly WorkerPool pool;
    readonly SampleRunner editedRunner, backgroundRunner;
    readonly Lazy<SessionPool> sessions;
    readonly JobQueue jobs;
    readonly ChangeWatcher? watcher;
    readonly SemaphoreSlim refreshing = new(1, 1);
    readonly CancellationTokenSource stopping = new();
    readonly Task warmUp;
    readonly Lock gate = new();
    readonly Dictionary<string, int> viewers = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<DateTime>> updateWrites = new(StringComparer.Ordinal);
    readonly Dictionary<string, long> savedAt = new(StringComparer.Ordinal);
    readonly WarmDocfx? docfx;
    readonly Dictionary<string, string> builtHashes = new(StringComparer.Ordinal);
    Dictionary<string, PageOverlay> pages = new(StringComparer.Ordinal);
    string builtStamp = "";
    /// <summary>The stamp of the first build, made before the guide is read: any stamp the next refresh finds is taken as built.</summary>
    const string AnyStamp = "*";
    bool filesChanged = true;
    long build;
    IReadOnlyList<string> docfxProblems = [];
    Dictionary<string, string> sampleKeys = new(StringComparer.Ordinal);
    Dictionary<string, List<string>> jobKeysByPage = new(StringComparer.Ordinal);
    readonly Dictionary<string, string> fingerprints = new(StringComparer.Ordinal);
    readonly GuideReader reader;
    IReadOnlyList<CheckRecord>? siteRecords;
    bool reportedIdle;
    long version;
    bool scheduled;
    long pendingSave;
    bool disposed;

    public string Generation { get; } = Guid.NewGuid().ToString("N")[..12];
    public long Version { get { lock (gate) return version; } }
    public EditTiming? LastEdit { get; private set; }
    public long LastRefreshMs { get; private set; }
    public IReadOnlyList<string> SiteProblems { get; private set; } = [];
    /// <summary>Where DocFX writes the site the server serves.</summary>
    public string SiteFolder => Path.Combine(scratch, "site");
    /// <summary>How many DocFX builds finished; 0 until the first.</summary>
    public long Build { get { lock (gate) return build; } }
    /// <summary>The last DocFX build after a save: from the save to the built site, and the build alone.</summary>
    public (long SaveToSiteMs, long BuildMs)? LastBuild { get; private set; }

    /// <summary>Raised after a refresh that changed something.</summary>
    public event Action<SiteChange>? Changed;
    public event Action<LiveStatus>? StatusChanged;
    /// <summary>Lines worth printing on the console.</summary>
    public event Action<string>? Log;
    /// <summary>Raised for every sample, session or inline check that finished running.</summary>
    public event Action<JobDone>? JobFinished;

    public LiveGuide(string root, LiveOptions options)
    {
        this.root = Path.GetFullPath(root);
        Sandbox.Protect(this.root);
        this.options = options;
        cache = new ResultCache(this.root, enabled: true);
        reader = new GuideReader(this.root, options.DefaultTimeout);
        pool = new WorkerPool(scratch);
        editedRunner = new SampleRunner(this.root, cache, pool, scratch);
        backgroundRunner = new SampleRunner(this.root, cache, pool, scratch);
        var sessionScratch = Path.Combine(scratch, "sessions");
        sessions = new(() => { Directory.CreateDirectory(sessionScratch); return new SessionPool(sessionScratch); }, isThreadSafe: true);
        jobs = new JobQueue(options.Concurrency > 0 ? options.Concurrency : Math.Max(8, Environment.ProcessorCount * 4));
        jobs.Completed += OnJobDone;
        jobs.Changed += () => StatusChanged?.Invoke(Status);
        if (options.Build) docfx = WarmDocfx.Load(this.root);
        if (options.Watch) watcher = new ChangeWatcher(this.root, (_, at) => { lock (gate) filesChanged = true; RequestRefresh(at); });
        warmUp = Task.Run(WarmUpAsync);
    }

    /// <summary>
    /// Compiles and runs a one-line program once, so that the compiler and a worker process are ready before the
    /// author's first save (when every sample came from the cache, nothing else would have started them).
    /// </summary>
    async Task WarmUpAsync()
    {
        try
        {
            var compiled = SampleCompiler.Compile(SampleSource.Parse("warm-up.cs", Path.Combine(scratch, "warm-up.cs"), "System.Console.WriteLine(1);\n"));
            if (compiled.Sample is not null && !stopping.IsCancellationRequested) await pool.RunAsync(compiled.Sample, TimeSpan.FromSeconds(20));
        }
        catch (Exception e) when (e is not OutOfMemoryException) { }
    }

    public string Root => root;

    public LiveStatus Status
    {
        get
        {
            var running = jobs.RunningLabels;
            var message = running.Count == 0 ? (jobs.Waiting == 0 ? "all checks done" : $"{jobs.Waiting} waiting")
                : $"running {string.Join(", ", running.Take(3))}{(running.Count > 3 ? ", …" : "")}; {jobs.Waiting} waiting";
            return new LiveStatus(running.Count, jobs.Waiting, message);
        }
    }

    /// <summary>The Markdown page DocFX publishes at this site path ("docs/x.html"; "" or "…/" is that folder's index).</summary>
    public PageOverlay? Find(string sitePath)
    {
        if (sitePath.Length == 0 || sitePath.EndsWith('/')) sitePath += "index.html";
        lock (gate) return pages.GetValueOrDefault(SitePath.ToPage(sitePath));
    }

    public IReadOnlyList<PageOverlay> Pages { get { lock (gate) return [.. pages.Values]; } }

    /// <summary>A browser shows (or stopped showing) this page: its samples run before the others.</summary>
    public void Viewing(string pagePath, bool showing)
    {
        List<string>? keys;
        lock (gate)
        {
            viewers[pagePath] = viewers.GetValueOrDefault(pagePath) + (showing ? 1 : -1);
            if (viewers[pagePath] <= 0) viewers.Remove(pagePath);
            keys = showing ? jobKeysByPage.GetValueOrDefault(pagePath) : null;
        }
        if (keys is not null) jobs.Promote(keys, JobPriority.Viewed);
    }

    /// <summary>Asks for a refresh soon; requests that come close together share one. <paramref name="savedAtTimestamp"/> is when a file changed.</summary>
    public void RequestRefresh(long savedAtTimestamp = 0)
    {
        lock (gate)
        {
            if (disposed) return;
            if (savedAtTimestamp != 0 && (pendingSave == 0 || savedAtTimestamp < pendingSave)) pendingSave = savedAtTimestamp;
            if (scheduled) return;
            scheduled = true;
        }
        _ = Task.Run(async () =>
        {
            await Task.Delay(savedAtTimestamp != 0 ? 25 : 10);
            lock (gate) scheduled = false;
            try { await RefreshAsync(); }
            catch (Exception e) { Log?.Invoke($"refresh failed: {e.Message}"); }
        });
    }

    public async Task RefreshAsync()
    {
        await refreshing.WaitAsync();
        try
        {
            long save;
            lock (gate) { save = pendingSave; pendingSave = 0; if (disposed) return; }
            var clock = Stopwatch.StartNew();
            SiteChange change;
            try
            {
                // The first site is built before any sample is queued: the two cores are DocFX's while it warms up.
                if (docfx is not null && Build == 0) await BuildSiteAsync(new SiteChange(0, [], false), AnyStamp, 0);
                change = Refresh(save, out var stamp);
                if (docfx is not null) change = await BuildSiteAsync(change, stamp, save);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Whatever went wrong is shown in every page; the next save tries again.
                change = Broken(e switch
                {
                    ConfigurationException => e.Message,
                    IOException or UnauthorizedAccessException => $"the preview could not read the guide: {e.Message}",
                    _ => $"the preview could not render the guide ({e.GetType().Name}: {e.Message})",
                });
            }
            LastRefreshMs = clock.ElapsedMilliseconds;
            if (change.Reload || change.Pages.Count > 0 || change.Rebuilt is { Count: > 0 }) Changed?.Invoke(change);
        }
        finally { refreshing.Release(); }
    }

    SiteChange Refresh(long save, out string sourceStamp)
    {
        var guide = reader.Read();
        var (loaded, samples) = (guide.Pages, guide.Samples);

        // Queue what is not known yet. A sample whose content changed since the last refresh was just saved: it runs first.
        var keys = guide.SampleKeys.ToDictionary(k => k.Key, k => "sample:" + k.Value, StringComparer.Ordinal);
        Dictionary<string, string> previousKeys;
        HashSet<string> viewed;
        lock (gate) { previousKeys = sampleKeys; viewed = [.. viewers.Keys]; }
        var onViewedPages = loaded.Where(p => viewed.Contains(p.RelativePath)).SelectMany(p => p.Embeds).Select(e => e.SamplePath).ToHashSet();
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, source) in samples.Sources.Where(s => s.Value.Problems.Count == 0))
        {
            var key = keys[path];
            var timeout = samples.Timeouts[path];
            wanted.Add(key);
            var edited = previousKeys.TryGetValue(path, out var before) && before != key;
            // An edit that a refresh not asked for by the watcher finds first (one already scheduled) is timed from now.
            if (edited) lock (gate) savedAt[key] = save != 0 ? save : Stopwatch.GetTimestamp();
            var runner = edited ? editedRunner : backgroundRunner;
            jobs.Ensure(key, path, edited ? JobPriority.Edited : onViewedPages.Contains(path) ? JobPriority.Viewed : JobPriority.Background,
                () => RunSample(runner, source, timeout));
        }
        var keysByPage = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var pageWork = new Dictionary<string, (List<(SessionBlock Block, string Key)> Sessions, string? Inline)>(StringComparer.Ordinal);
        foreach (var page in loaded)
        {
            var pageKeys = page.Embeds.Where(e => e.SamplePath is not null && keys.ContainsKey(e.SamplePath)).Select(e => keys[e.SamplePath!]).ToList();
            var priority = viewed.Contains(page.RelativePath) ? JobPriority.Viewed : JobPriority.Background;
            var sessionKeys = new List<(SessionBlock, string)>();
            foreach (var session in page.Sessions)
            {
                var timeout = SessionInfo.Timeout(session.Block.Info, out var problems) ?? options.DefaultTimeout;
                var transcript = TranscriptParser.Parse(session.Block);
                if (problems.Count > 0 || transcript.Problems.Count > 0) continue;
                var key = "session:" + SessionRunner.CacheKey(transcript, timeout);
                sessionKeys.Add((session, key));
                jobs.Ensure(key, $"{page.RelativePath}:{session.Block.OpeningLine} session", priority, () => RunSession(transcript, timeout));
            }
            string? inlineKey = null;
            if (page.InlineCode.Any(b => !b.IsFragment))
            {
                inlineKey = "inline:" + GuideReader.Hash([page.RelativePath, .. page.InlineCode.Select(b => $"{b.FirstLine}\n{b.IsFragment}\n{b.Code}")]);
                var only = page;
                jobs.Ensure(inlineKey, $"{page.RelativePath} inline C#", priority, () => Task.FromResult<object>(InlineCodeChecker.Check([only], cache)));
            }
            pageKeys.AddRange(sessionKeys.Select(s => s.Item2));
            if (inlineKey is not null) pageKeys.Add(inlineKey);
            wanted.UnionWith(pageKeys);
            keysByPage[page.RelativePath] = pageKeys;
            pageWork[page.RelativePath] = (sessionKeys, inlineKey);
        }
        jobs.Retain(wanted);
        lock (gate)
        {
            sampleKeys = keys;
            jobKeysByPage = keysByPage;
            foreach (var superseded in savedAt.Keys.Where(k => !wanted.Contains(k)).ToList()) savedAt.Remove(superseded);
        }

        // Judge every page with what is known now; the overlay of a page whose checks changed is new.
        if (guide.StructureChanged || siteRecords is null) siteRecords = SiteChecks.Run(guide.Project, loaded, wholeSite: true);
        var siteWide = siteRecords.Where(r => r.Failed && r.Page.EndsWith("toc.yml", StringComparison.OrdinalIgnoreCase))
            .Select(r => $"{r.Page}:{r.Line}: {r.Message}").ToList();
        SiteProblems = [.. siteWide, .. docfxProblems];
        var judged = new Dictionary<string, (IReadOnlyList<OverlayItem> Items, string Fingerprint)>(StringComparer.Ordinal);
        var finishedEdits = new List<(string Sample, long Saved, SampleRun Run, string Page)>();
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        var complete = true;
        foreach (var page in loaded)
        {
            var work = new FinishedWork();
            foreach (var path in page.Embeds.Select(e => e.SamplePath).OfType<string>().Distinct().Where(keys.ContainsKey))
                if (jobs.TryGetResult(keys[path], out var result) && result is SampleRun run)
                {
                    work.Samples[path] = run;
                    lock (gate)
                        if (savedAt.Remove(keys[path], out var saved)) finishedEdits.Add((path, saved, run, page.RelativePath));
                }
            var (sessionKeys, inlineKey) = pageWork[page.RelativePath];
            foreach (var (block, key) in sessionKeys)
                if (jobs.TryGetResult(key, out var result) && result is SessionRun run) work.Sessions[block.Block.OpeningLine] = run;
            if (inlineKey is not null && jobs.TryGetResult(inlineKey, out var inline) && inline is IReadOnlyList<CheckRecord> records) work.Inline = records;

            var judgement = PageJudge.Judge(page, samples, work, options.Update, options.DefaultTimeout);
            judgement.Checks.Loose.AddRange(siteRecords.Where(r => r.Page == page.RelativePath));
            if (options.Update && judgement.Complete && judgement.Verdict.Edits.Count > 0) Update(page, judgement.Verdict, judgement.Checks);
            complete &= judgement.Complete;
            foreach (var record in judgement.Verdict.Records.Concat(judgement.Checks.Loose).Where(r => r.Failed))
                totals[ConsoleReporter.Label(record.Status)] = totals.GetValueOrDefault(ConsoleReporter.Label(record.Status)) + 1;
            judged[page.RelativePath] = (OverlayReport.ItemsFor(page.RelativePath, judgement.Checks), judgement.Checks.Fingerprint());
        }

        watcher?.Watch(Directory.EnumerateDirectories(root).Select(Path.GetFileName).OfType<string>().Where(f => !f.StartsWith('.') && f != "tools"));
        sourceStamp = GuideReader.Hash([guide.SiteStamp, .. loaded.Select(p => p.RelativePath + "\0" + p.Text.Text),
            .. samples.Sources.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key + "\0" + s.Value.Text)]);
        SiteChange change;
        lock (gate)
        {
            var next = version + 1;
            var changed = new List<string>();
            var published = new Dictionary<string, PageOverlay>(StringComparer.Ordinal);
            foreach (var (pagePath, (items, fingerprint)) in judged)
            {
                var old = pages.GetValueOrDefault(pagePath);
                var same = old is not null && fingerprints.GetValueOrDefault(pagePath) == fingerprint;
                published[pagePath] = same ? old! : new PageOverlay(pagePath, items, next);
                fingerprints[pagePath] = fingerprint;
                if (!same) changed.Add(pagePath);
            }
            if (changed.Count > 0 || published.Count != pages.Count) version = next;
            pages = published;
            change = new SiteChange(version, changed, false);
        }
        foreach (var edit in finishedEdits)
        {
            var ms = (long)Stopwatch.GetElapsedTime(edit.Saved).TotalMilliseconds;
            LastEdit = new EditTiming(edit.Sample, ms, edit.Run.WallMs, edit.Run.Kind.ToString());
            Log?.Invoke($"{edit.Sample}: saved → {edit.Page} refreshed {ms} ms after the save (the sample ran {edit.Run.WallMs} ms{(edit.Run.Succeeded ? "" : ", " + edit.Run.Kind)})");
        }
        var idle = complete && jobs.Running == 0 && jobs.Waiting == 0;
        if (idle && !reportedIdle)
            Log?.Invoke(totals.Count == 0 ? $"all checks done: {loaded.Count} pages, nothing to report"
                : $"all checks done: {string.Join(", ", totals.OrderBy(t => t.Key).Select(t => $"{t.Value} {t.Key}"))} (shown in the pages)");
        reportedIdle = idle;
        return change;
    }

    /// <summary>When the guide cannot be read at all: the overlays stay as they were, and every page shows why.</summary>
    SiteChange Broken(string message)
    {
        SiteProblems = [message, .. docfxProblems];
        Log?.Invoke($"problem: {message}");
        lock (gate)
        {
            version++;
            fingerprints.Clear();
            pages = pages.ToDictionary(p => p.Key, p => p.Value with { Version = version }, StringComparer.Ordinal);
            return new SiteChange(version, [.. pages.Keys], Reload: false);
        }
    }

    /// <summary>
    /// Builds the site with DocFX when a watched file changed or the pages and samples differ from the last build, then
    /// tells which pages' HTML changed. DocFX's warnings and errors become site problems, shown in every page.
    /// </summary>
    async Task<SiteChange> BuildSiteAsync(SiteChange change, string stamp, long save)
    {
        bool due;
        lock (gate)
        {
            due = stamp == AnyStamp || filesChanged || (stamp != builtStamp && builtStamp != AnyStamp);
            if (!due) builtStamp = stamp;
            filesChanged = false;
        }
        if (!due) return change;
        var result = await docfx!.BuildAsync(SiteFolder);
        var problems = result.Messages.Select(m => $"DocFX {m.Severity}: {(m.File is null ? "" : $"{m.File}{(m.Line is { } l ? $":{l}" : "")}: ")}{m.Message}").ToList();
        if (!result.Succeeded && problems.Count == 0) problems.Add($"DocFX could not build the site (exit code {result.ExitCode}, no message)");
        var hashes = Directory.Exists(SiteFolder)
            ? Directory.EnumerateFiles(SiteFolder, "*.html", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(SiteFolder, f).Replace('\\', '/'), f => GuideReader.Hash(File.ReadAllText(f)), StringComparer.Ordinal)
            : [];
        var rebuilt = new List<string>();
        var reload = false;
        bool problemsChanged;
        lock (gate)
        {
            foreach (var (site, hash) in hashes)
                if (builtHashes.GetValueOrDefault(site) != hash)
                {
                    if (site == "toc.html" || site.EndsWith("/toc.html", StringComparison.Ordinal)) reload |= build > 0;
                    else rebuilt.Add(SitePath.ToPage(site));
                }
            builtHashes.Clear();
            foreach (var (site, hash) in hashes) builtHashes[site] = hash;
            builtStamp = stamp;
            build++;
            problemsChanged = !problems.SequenceEqual(docfxProblems);
            docfxProblems = problems;
            SiteProblems = [.. SiteProblems.Where(p => !p.StartsWith("DocFX ", StringComparison.Ordinal)), .. problems];
            if (problemsChanged) { version++; fingerprints.Clear(); }
            change = change with { Version = version, Build = build, Rebuilt = rebuilt, Reload = reload || change.Reload,
                Pages = problemsChanged ? [.. pages.Keys] : change.Pages };
        }
        if (save != 0)
        {
            LastBuild = ((long)Stopwatch.GetElapsedTime(save).TotalMilliseconds, result.Milliseconds);
            Log?.Invoke($"DocFX rebuilt the site in {result.Milliseconds} ms, {LastBuild.Value.SaveToSiteMs} ms after the save" +
                (rebuilt.Count is > 0 and <= 3 ? $" ({string.Join(", ", rebuilt)} changed)" : rebuilt.Count > 3 ? $" ({rebuilt.Count} pages changed)" : ""));
        }
        if (problemsChanged) foreach (var problem in problems) Log?.Invoke(problem);
        return change;
    }

    void Update(Page page, PageVerdict verdict, PageChecks checks)
    {
        lock (gate)
        {
            var recent = updateWrites.GetValueOrDefault(page.RelativePath) ?? [];
            recent.RemoveAll(t => DateTime.UtcNow - t > TimeSpan.FromSeconds(10));
            if (recent.Count >= 3)
            {
                checks.Loose.Add(new(page.RelativePath, 1, "page", null, null, CheckStatus.Problem,
                    "serve --update rewrote this page three times in ten seconds and its output still differs; it stopped rewriting it", []));
                return;
            }
            recent.Add(DateTime.UtcNow);
            updateWrites[page.RelativePath] = recent;
        }
        var problems = PageUpdater.Apply(page, verdict).ToList();
        checks.Loose.AddRange(problems);
        Log?.Invoke(problems.Count == 0
            ? $"updated {page.RelativePath}: {verdict.Edits.Count} output block{(verdict.Edits.Count == 1 ? "" : "s")} rewritten"
            : $"{page.RelativePath}: {string.Join("; ", problems.Select(p => p.Message))}");
    }

    async Task<object> RunSample(SampleRunner runner, SampleSource source, TimeSpan timeout)
    {
        try { return await runner.RunAsync(source, timeout); }
        catch (Exception e)
        {
            return new SampleRun(source.RelativePath, OutcomeKind.Crashed, "", new Dictionary<string, string>(), new Dictionary<string, bool>(),
                $"DocRunner could not run it: {e.Message}", "", 0, "serve", false);
        }
    }

    async Task<object> RunSession(Transcript transcript, TimeSpan timeout)
    {
        try { return await new SessionRunner(cache, sessions.Value).RunAsync(transcript, timeout); }
        catch (Exception e)
        {
            return new SessionRun(SessionEnd.Crashed, [], $"DocRunner could not run it: {e.Message}", 0, false);
        }
    }

    /// <summary>Refreshes until nothing is running or waiting any more, so that every page shows its verdicts.</summary>
    public async Task WaitUntilCheckedAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        do
        {
            await RefreshAsync();
            while (jobs.Running > 0 || jobs.Waiting > 0)
            {
                if (clock.Elapsed > timeout) throw new TimeoutException($"checks still running after {timeout.TotalSeconds:0} s: {Status.Message}");
                await Task.Delay(25);
            }
            await RefreshAsync();
        } while (jobs.Running > 0 || jobs.Waiting > 0);
    }

    void OnJobDone(JobDone done)
    {
        JobFinished?.Invoke(done);
        if (done.Priority == JobPriority.Edited && done.Result is SampleRun run)
            Log?.Invoke($"{done.Label}: compiled and ran in {done.RunMs} ms ({(run.FromCache ? "from the cache" : run.Succeeded ? "completed" : run.Kind.ToString())})");
        RequestRefresh();
    }

    public async ValueTask DisposeAsync()
    {
        lock (gate)
        {
            if (disposed) return;
            disposed = true;
        }
        // Nothing new starts; the warm-up and the runs under way end (their workers are ended), then the scratch goes.
        watcher?.Dispose();
        jobs.Stop();
        stopping.Cancel();
        await warmUp.WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { });
        await pool.DisposeAsync();
        if (sessions.IsValueCreated) await sessions.Value.DisposeAsync();
        await jobs.WhenIdleAsync(TimeSpan.FromSeconds(3));
        try { Directory.Delete(scratch, recursive: true); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        stopping.Dispose();
    }
}
