using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DocRunner.Preview.Live;

/// <summary>
/// The preview's web server: Kestrel bound to 127.0.0.1 only, answering only requests addressed to it by a loopback
/// name (Host localhost, 127.0.0.1 or [::1] with its port; anything else gets 421, so that a page of another site
/// cannot read the preview by DNS rebinding). It serves the folder DocFX built, each HTML page with the overlay's
/// script and styles added, the overlay of each page (<c>/_docrunner/checks</c>), the live events and a small status
/// document (<c>/_docrunner/status</c>) that scripts can poll.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    static readonly FileExtensionContentTypeProvider ContentTypes = new();
    readonly WebApplication app;
    readonly LiveGuide guide;
    readonly LiveEvents events;

    PreviewServer(WebApplication app, LiveGuide guide, LiveEvents events)
    {
        this.app = app;
        this.guide = guide;
        this.events = events;
    }

    /// <summary>Where it listens, e.g. http://127.0.0.1:8080/.</summary>
    public Uri Address { get; private set; } = null!;
    public LiveEvents Events => events;
    /// <summary>Completes when the host is asked to stop (a signal it handles itself).</summary>
    public CancellationToken Stopping => app.Lifetime.ApplicationStopping;

    public static async Task<PreviewServer> StartAsync(LiveGuide guide, int port, CancellationToken cancellation = default)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = guide.Root });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(3));
        var app = builder.Build();
        var server = new PreviewServer(app, guide, new LiveEvents(guide));
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellation);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (Address is null || !IsOwnHost(request.Headers.Host.ToString(), Address.Port))
        {
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            await SendAsync(context, "text/plain; charset=utf-8", "serve answers only http://localhost, 127.0.0.1 or [::1] at its own port\n");
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        var path = Uri.UnescapeDataString(request.Path.Value ?? "/").TrimStart('/');
        context.Response.Headers.CacheControl = "no-store";

        switch (path)
        {
            case "_docrunner/events":
                await StreamEventsAsync(context);
                return;
            case "_docrunner/status":
                await SendAsync(context, "application/json; charset=utf-8", StatusJson());
                return;
            case "_docrunner/checks":
                await SendAsync(context, "application/json; charset=utf-8", ChecksJson(request.Query["page"].ToString()));
                return;
            case "_docrunner/live.js" or "_docrunner/overlay.css":
                await SendAsync(context, path.EndsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8", OverlayAssets.Read(path["_docrunner/".Length..]));
                return;
        }

        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        if (FileFor(path) is not { } file)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await SendAsync(context, "text/html; charset=utf-8", NotFound(path));
            return;
        }
        if (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            await SendAsync(context, "text/html; charset=utf-8", WithOverlay(await File.ReadAllTextAsync(file), path));
            return;
        }
        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        await context.Response.SendFileAsync(file);
    }

    /// <summary>True for a Host header that names this server by a loopback name and its own port.</summary>
    public static bool IsOwnHost(string host, int port) =>
        host.Equals($"localhost:{port}", StringComparison.OrdinalIgnoreCase) || host == $"127.0.0.1:{port}" || host == $"[::1]:{port}"
        || (port == 80 && (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host is "127.0.0.1" or "[::1]"));

    /// <summary>The page with the overlay's styles, its page and build, and the live script added to its head.</summary>
    string WithOverlay(string html, string sitePath)
    {
        var page = SitePath.ToPage(sitePath);
        var head = $"<meta name=\"docrunner:page\" content=\"{WebUtility.HtmlEncode(page)}\">" +
                   $"<meta name=\"docrunner:build\" content=\"{guide.Build}\">" +
                   "<link rel=\"stylesheet\" href=\"/_docrunner/overlay.css\"><script type=\"module\" src=\"/_docrunner/live.js\"></script>";
        var at = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? head + html : html.Insert(at, head);
    }

    /// <summary>A file of the built site, never outside it.</summary>
    string? FileFor(string path)
    {
        if (path.Contains('\0') || path.Split('/').Any(p => p is ".." or ".")) return null;
        // The browser runner (Run buttons) is not rebuilt live: serve offers the one the last `./docrunner build` made.
        var site = Path.GetFullPath(path.StartsWith("runner/", StringComparison.Ordinal) ? Path.Combine(guide.Root, "_site") : guide.SiteFolder);
        var full = Path.GetFullPath(Path.Combine(site, path));
        return full.StartsWith(site + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

    async Task StreamEventsAsync(HttpContext context)
    {
        var page = context.Request.Query["page"].ToString();
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var reader = events.Subscribe(out var unsubscribe);
        if (page.Length > 0) guide.Viewing(page, showing: true);
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, app.Lifetime.ApplicationStopping);
        try
        {
            var served = guide.Pages.FirstOrDefault(p => p.PagePath == page);
            var status = guide.Status;
            await WriteAsync(context, LiveEvents.Format("hello", new
            {
                generation = guide.Generation, version = served?.Version ?? 0, build = guide.Build,
                running = status.Running, waiting = status.Waiting, message = status.Message,
            }), ending.Token);
            while (!ending.IsCancellationRequested)
            {
                using var heartbeat = CancellationTokenSource.CreateLinkedTokenSource(ending.Token);
                heartbeat.CancelAfter(TimeSpan.FromSeconds(15));
                try
                {
                    if (!await reader.WaitToReadAsync(heartbeat.Token)) break;
                    while (reader.TryRead(out var message)) await WriteAsync(context, message, ending.Token);
                }
                catch (OperationCanceledException) when (!ending.IsCancellationRequested)
                {
                    await WriteAsync(context, ": keep-alive\n\n", ending.Token);
                }
            }
        }
        catch (OperationCanceledException) { }
        catch (IOException) { }
        finally
        {
            unsubscribe();
            if (page.Length > 0) guide.Viewing(page, showing: false);
        }
    }

    static async Task WriteAsync(HttpContext context, string text, CancellationToken cancellation)
    {
        await context.Response.WriteAsync(text, cancellation);
        await context.Response.Body.FlushAsync(cancellation);
    }

    string StatusJson()
    {
        var status = guide.Status;
        return JsonSerializer.Serialize(new
        {
            generation = guide.Generation, version = guide.Version,
            running = status.Running, waiting = status.Waiting, message = status.Message,
            build = guide.Build, lastRefreshMs = guide.LastRefreshMs, lastEdit = guide.LastEdit,
            lastBuild = guide.LastBuild is { } b ? new { saveToSiteMs = b.SaveToSiteMs, buildMs = b.BuildMs } : null,
            problems = guide.SiteProblems,
            clients = events.Clients,
        }, new JsonSerializerOptions(JsonSerializerDefaults.Web));
    }

    string ChecksJson(string page)
    {
        var overlay = guide.Pages.FirstOrDefault(p => p.PagePath == page);
        return JsonSerializer.Serialize(new
        {
            page, version = overlay?.Version ?? 0, known = overlay is not null, problems = guide.SiteProblems, items = overlay?.Items ?? [],
        }, new JsonSerializerOptions(JsonSerializerDefaults.Web));
    }

    static Task SendAsync(HttpContext context, string type, string text)
    {
        context.Response.ContentType = type;
        var bytes = Encoding.UTF8.GetBytes(text);
        context.Response.ContentLength = bytes.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.Body.WriteAsync(bytes).AsTask();
    }

    string NotFound(string path)
    {
        var links = string.Join("", guide.Pages.OrderBy(p => p.PagePath, StringComparer.Ordinal)
            .Select(p => $"<li><a href=\"/{WebUtility.HtmlEncode(SitePath.ToSite(p.PagePath))}\">{WebUtility.HtmlEncode(p.PagePath)}</a></li>"));
        var note = guide.Build == 0 ? "<p>DocFX has not finished building the site yet; this page reloads when it has.</p>" : "";
        return WithOverlay($"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head>" +
               $"<body><main><h1>Not found</h1><p><code>/{WebUtility.HtmlEncode(path)}</code> is not a page of this guide.</p>{note}<ul>{links}</ul></main></body></html>", path);
    }

    public async ValueTask DisposeAsync()
    {
        events.CloseAll();
        try { await app.StopAsync(); } catch (OperationCanceledException) { }
        events.Dispose();
        await app.DisposeAsync();
    }
}
