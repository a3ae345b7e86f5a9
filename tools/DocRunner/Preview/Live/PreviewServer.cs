using System.Net;
using System.Text;
using System.Text.Json;
using DocRunner.Discovery;
using DocRunner.Preview.Assets;
using DocRunner.Preview.Markdown;
using DocRunner.Preview.Site;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.Hosting;

namespace DocRunner.Preview.Live;

/// <summary>
/// The preview's web server: Kestrel bound to 127.0.0.1 only. It serves the rendered pages, the template folders'
/// public/ files (read from disk on every request), the preview's own script and styles, the files docfx.json lists
/// as resources, the live events and a small status document (<c>/_docrunner/status</c>) that scripts can poll.
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
            case "_docrunner/live.js":
                await SendAsync(context, "text/javascript; charset=utf-8", LiveScript.Text);
                return;
            case "_docrunner/status":
                await SendAsync(context, "application/json; charset=utf-8", StatusJson());
                return;
            case PreviewScript.Path:
                await SendAsync(context, "text/javascript; charset=utf-8", PreviewScript.Text);
                return;
            case PreviewStyles.Path:
                await SendAsync(context, "text/css; charset=utf-8", PreviewStyles.Text);
                return;
        }

        if (path.Length == 0 || path.EndsWith('/') || path.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            if (guide.Find(path) is { } page)
            {
                await SendAsync(context, "text/html; charset=utf-8",
                    page.Html.Replace("<html lang=\"en\">", $"<html lang=\"en\" data-version=\"{page.Version}\">"));
                return;
            }
        }
        else if (FileFor(path) is { } file)
        {
            context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
            await context.Response.SendFileAsync(file);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        await SendAsync(context, "text/html; charset=utf-8", NotFound(path));
    }

    /// <summary>A file the site publishes as it is: the template folders' public/ files (the last folder wins) and docfx.json's resources.</summary>
    string? FileFor(string path)
    {
        if (path.Contains('\0') || path.Split('/').Any(p => p is ".." or ".")) return null;
        var site = SiteInfo.Load(guide.Root);
        if (path.StartsWith("public/", StringComparison.Ordinal))
            foreach (var folder in site.TemplateFolders.Reverse())
                if (Inside(Path.Combine(guide.Root, folder, path)) is { } found) return found;
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(site.ResourcePatterns);
        return matcher.Match(path).HasMatches ? Inside(Path.Combine(guide.Root, path)) : null;
    }

    string? Inside(string full)
    {
        full = Path.GetFullPath(full);
        return File.Exists(full) && EmbedResolver.IsInside(guide.Root, full) && EmbedResolver.IsInside(EmbedResolver.RealPath(guide.Root), EmbedResolver.RealPath(full)) ? full : null;
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
                generation = guide.Generation, version = served?.Version ?? 0,
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
            lastRefreshMs = guide.LastRefreshMs, lastEdit = guide.LastEdit, problems = guide.SiteProblems,
            clients = events.Clients,
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
            .Select(p => $"<li><a href=\"/{Html.Encode(PageLinks.HtmlPath(p.PagePath))}\">{Html.Encode(p.PagePath)}</a></li>"));
        var problems = string.Concat(guide.SiteProblems.Select(CheckPanels.SiteProblem));
        return $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title><link rel=\"stylesheet\" href=\"/{PreviewStyles.Path}\"></head>" +
               $"<body><main class=\"site-main no-sidebar\"><div class=\"content\">{problems}<h1>Not found</h1><p><code>/{Html.Encode(path)}</code> is not a page of this guide.</p><ul>{links}</ul></div></main></body></html>";
    }

    public async ValueTask DisposeAsync()
    {
        events.CloseAll();
        try { await app.StopAsync(); } catch (OperationCanceledException) { }
        events.Dispose();
        await app.DisposeAsync();
    }
}
