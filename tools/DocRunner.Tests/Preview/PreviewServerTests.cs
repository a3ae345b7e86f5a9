using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using DocRunner.Preview.Live;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Preview;

/// <summary>The preview's web server: loopback only, DocFX's pages with the overlay added, its assets, checks, status and live events.</summary>
public class PreviewServerTests
{
    [Fact]
    public async Task It_listens_on_127_0_0_1_only_and_serves_the_docfx_site_with_the_overlay_and_live_events()
    {
        using var repo = new TestRepo()
            .Write("docfx.json", """{ "build": { "content": [ { "files": [ "docs/**/*.md", "docs/**/toc.yml" ] } ], "template": ["default", "modern"], "output": "_site" } }""")
            .Page("x", "# X\n\nFirst.\n\n```csharp\nint x = \"text\";\n```\n")
            .PinDocfx();
        await using var guide = new LiveGuide(repo.Root, new LiveOptions(false, TimeSpan.FromSeconds(30), Watch: false));
        await using var server = await PreviewServer.StartAsync(guide, 0);
        await guide.WaitUntilCheckedAsync(TimeSpan.FromSeconds(120));

        Assert.Equal("127.0.0.1", server.Address.Host);
        foreach (var address in OtherAddresses())
        {
            using var client = new TcpClient();
            await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(address, server.Address.Port));
        }

        using var http = new HttpClient { BaseAddress = server.Address };
        var page = await http.GetStringAsync("docs/x.html");
        Assert.Contains("<p>First.</p>", page);
        Assert.Contains("public/docfx.min.css", page);
        Assert.Contains("<meta name=\"docrunner:page\" content=\"docs/x.md\">", page);
        Assert.Contains("/_docrunner/live.js", page);
        Assert.Contains("/_docrunner/overlay.css", page);
        Assert.Contains("EventSource", await http.GetStringAsync("_docrunner/live.js"));
        Assert.Contains(".docrunner-check", await http.GetStringAsync("_docrunner/overlay.css"));
        Assert.Contains("this csharp block does not compile", await http.GetStringAsync("_docrunner/checks?page=docs/x.md"));
        Assert.Contains("\"generation\"", await http.GetStringAsync("_docrunner/status"));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("public/main.js")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("docfx.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("docs/x.md")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("public/../../docfx.json")).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await http.PostAsync("docs/x.html", new StringContent(""))).StatusCode);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "_site")), "serve builds into a folder of its own, not _site/");

        using var events = new StreamReader(await http.GetStreamAsync("_docrunner/events?page=docs/x.md"));
        Assert.Equal("event: hello", await events.ReadLineAsync());
        Assert.Contains($"\"generation\":\"{guide.Generation}\"", await events.ReadLineAsync());
        repo.Write("docs/x.md", "# X\n\nSecond.\n");
        await guide.RefreshAsync();
        string? line;
        while ((line = await events.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60))) != "event: changed") Assert.NotNull(line);
        Assert.Contains("\"rebuilt\":[\"docs/x.md\"]", await events.ReadLineAsync());
        Assert.Contains("<p>Second.</p>", await http.GetStringAsync("docs/x.html"));
    }

    static IEnumerable<IPAddress> OtherAddresses() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .Where(a => !IPAddress.IsLoopback(a) && a.AddressFamily == AddressFamily.InterNetwork);
}
