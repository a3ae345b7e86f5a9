using System.Diagnostics;
using System.Text;
using DocRunner.Checks;
using DocRunner.Discovery;
using DocRunner.Pipeline;
using DocRunner.Preview.Markdown;
using DocRunner.Preview.Site;
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
/// <param name="Live">Pages load the live-reload script.</param>
/// <param name="Watch">Watch the files and refresh by itself (tests call RefreshAsync instead).</param>
public sealed record LiveOptions(bool Update, TimeSpan DefaultTimeout, int Concurrency = 0, bool Live = true, bool Watch = true);

/// <summary>A rendered page as the server hands it out; <see cref="Version"/> is the refresh that last changed it.</summary>
public sealed record ServedPage(string PagePath, string Html, long Version);

/// <summary>What one refresh changed: the pages (by Markdown path) whose HTML differs, or everything (a reload).</summary>
public sealed record SiteChange(long Version, IReadOnlyList<string> Pages, bool Reload);

public sealed record LiveStatus(int Running, int Waiting, string Message);

/// <summary>The last save of a sample, followed to the page showing what it printed.</summary>
public sealed record EditTiming(string Sample, long SaveToPageMs, long RunMs, string Outcome);

/// <summary>
/// The guide as the preview serves it, kept current: every refresh reads the pages, tocs and samples again (parsing
/// only what changed), asks the engine's verdicts for what is already known, queues what is not (keyed by content, so
/// only changed samples run again; the result cache under obj/docrunner serves the rest), renders the pages whose
/// content or checks changed and tells which ones those are. A sample that finishes triggers another refresh. With
/// <c>--update</c>, a page whose checks are all known and whose only failures are drift or missing output is
/// rewritten, as <c>update</c> does. Nothing here throws at its caller: a guide that cannot be read is shown as a
/// problem in every page.
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
    Dictionary<string, ServedPage> pages = new(StringComparer.Ordinal);
    Dictionary<string, string> sampleKeys = new(StringComparer.Ordinal);
    Dictionary<string, List<string>> jobKeysByPage = new(StringComparer.Ordinal);
    readonly Dictionary<string, string> fingerprints = new(StringComparer.Ordinal);
    readonly GuideReader reader;
    IReadOnlyList<CheckRecord>? siteRecords;
    bool reportedIdle;
    string templateStamp = "";
    long version;
    bool scheduled;
    long pendingSave;
    bool disposed;

    public string Generation { get; } = Guid.NewGuid().ToString("N")[..12];
    public long Version { get { lock (gate) return version; } }
    public EditTiming? LastEdit { get; private set; }
    public long LastRefreshMs { get; private set; }
    public IReadOnlyList<string> SiteProblems { get; private set; } = [];

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
        if (options.Watch) watcher = new ChangeWatcher(this.root, (_, at) => RequestRefresh(at));
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

    /// <summary>The page published at this site path ("docs/x.html"); "" is the home page.</summary>
    public ServedPage? Find(string sitePath)
    {
        lock (gate)
        {
            if (sitePath.Length == 0 || sitePath.EndsWith('/')) sitePath += "index.html";
            return pages.GetValueOrDefault(sitePath) ?? (sitePath == "index.html" ? pages.Values.OrderBy(p => p.PagePath.Count(c => c == '/')).FirstOrDefault() : null);
        }
    }

    public IReadOnlyList<ServedPage> Pages { get { lock (gate) return [.. pages.Values]; } }

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
            try { change = Refresh(save); }
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
            if (change.Reload || change.Pages.Count > 0) Changed?.Invoke(change);
        }
        finally { refreshing.Release(); }
    }

    SiteChange Refresh(long save)
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

        // Judge every page with what is known now; render the pages whose content or checks changed.
        if (guide.StructureChanged || siteRecords is null) siteRecords = SiteChecks.Run(guide.Project, loaded, wholeSite: true);
        var banners = guide.Navigation.Problems.Select(CheckPanels.SiteProblem)
            .Concat(siteRecords.Where(r => r.Failed && r.Page.EndsWith("toc.yml", StringComparison.OrdinalIgnoreCase)).Select(CheckPanels.Problem))
            .ToList();
        SiteProblems = [.. guide.Navigation.Problems];
        var rendered = new Dictionary<string, (string PagePath, string Html, string Fingerprint)>(StringComparer.Ordinal);
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
                totals[CheckPanels.Label(record.Status)] = totals.GetValueOrDefault(CheckPanels.Label(record.Status)) + 1;

            var url = PageLinks.HtmlPath(page.RelativePath);
            var fingerprint = GuideReader.Hash([guide.SiteStamp, page.Text.Text, string.Concat(banners), judgement.Checks.Fingerprint(),
                .. page.Embeds.Select(e => e.SamplePath is { } p && samples.Sources.TryGetValue(p, out var source) ? source.Text : IncludeStamp(e))]);
            ServedPage? previous;
            lock (gate) previous = pages.GetValueOrDefault(url);
            if (previous is not null && fingerprints.GetValueOrDefault(url) == fingerprint)
            {
                rendered[url] = (page.RelativePath, previous.Html, fingerprint);
                continue;
            }
            var context = new RenderContext
            {
                Root = root, PagePath = page.RelativePath, Checks = judgement.Checks,
                ReadSample = path => samples.Sources.TryGetValue(path, out var source) ? source.Text : RenderContext.FromDisk(root)(path),
            };
            var article = PageRenderer.Render(page.Text.Text, context);
            rendered[url] = (page.RelativePath, PageLayout.Render(page.RelativePath, article, guide.Site, guide.Navigation, banners, options.Live), fingerprint);
        }

        watcher?.Watch(guide.Project.ContentFiles.Concat(samples.Sources.Keys).Concat(guide.Site.TemplateFolders)
            .Concat(guide.Site.ResourcePatterns).Select(p => p.Replace('\\', '/').Split('/')[0]).Where(p => p.Length > 0 && !p.Contains('*') && !p.Contains('.')));
        var stamp = TemplateStamp(guide.Site);
        SiteChange change;
        lock (gate)
        {
            var reload = stamp != templateStamp && templateStamp.Length > 0;
            templateStamp = stamp;
            var next = version + 1;
            var changed = new List<string>();
            var published = new Dictionary<string, ServedPage>(StringComparer.Ordinal);
            foreach (var (url, (pagePath, html, fingerprint)) in rendered)
            {
                var old = pages.GetValueOrDefault(url);
                var same = old is not null && old.Html == html;
                published[url] = same ? old! : new ServedPage(pagePath, html, next);
                fingerprints[url] = fingerprint;
                if (!same) changed.Add(pagePath);
            }
            if (changed.Count > 0 || reload || published.Count != pages.Count) version = next;
            pages = published;
            change = new SiteChange(version, changed, reload);
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

    /// <summary>For an include that is not a runnable sample (read from disk when rendered): its size and time.</summary>
    string IncludeStamp(Embed embed)
    {
        if (embed.SamplePath is null) return "";
        var info = new FileInfo(Path.Combine(root, embed.SamplePath));
        return info.Exists ? $"{info.Length}:{info.LastWriteTimeUtc.Ticks}" : "missing";
    }

    /// <summary>When the guide cannot be read at all: the pages already rendered stay, each with a box saying why.</summary>
    SiteChange Broken(string message)
    {
        SiteProblems = [message];
        Log?.Invoke($"problem: {message}");
        var banner = CheckPanels.SiteProblem(message);
        lock (gate)
        {
            version++;
            fingerprints.Clear();
            pages = pages.ToDictionary(p => p.Key, p => p.Value with
            {
                Html = Strip(p.Value.Html).Replace("<div class=\"content\">\n", "<div class=\"content\">\n<!--site-problem-->" + banner + "<!--/site-problem-->"),
                Version = version,
            }, StringComparer.Ordinal);
            return new SiteChange(version, [.. pages.Values.Select(p => p.PagePath)], Reload: false);
        }

        static string Strip(string html) =>
            html.IndexOf("<!--site-problem-->", StringComparison.Ordinal) is var start and >= 0
                ? html[..start] + html[(html.IndexOf("<!--/site-problem-->", StringComparison.Ordinal) + "<!--/site-problem-->".Length)..]
                : html;
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

    /// <summary>Something that changes when any file of the template folders' public/ changes (they are served from disk).</summary>
    string TemplateStamp(SiteInfo site)
    {
        var text = new StringBuilder();
        foreach (var folder in site.TemplateFolders)
        {
            var directory = Path.Combine(root, folder, "public");
            if (!Directory.Exists(directory)) continue;
            foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var info = new FileInfo(file);
                text.Append(file).Append(info.Length).Append(info.LastWriteTimeUtc.Ticks);
            }
        }
        return Hash(text.ToString());
    }

    static string Hash(string text) => GuideReader.Hash(text);

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
