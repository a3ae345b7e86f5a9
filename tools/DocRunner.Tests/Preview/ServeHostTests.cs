using System.Net;
using System.Net.Sockets;
using System.Text;
using DocRunner.Preview.Live;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Preview;

/// <summary>
/// serve answers only requests addressed to it as localhost, 127.0.0.1 or [::1] with its own port: a page of another
/// site that rebinds its DNS name to 127.0.0.1 sends its own Host and must not read the preview.
/// </summary>
public class ServeHostTests
{
    [Fact]
    public async Task It_answers_only_requests_whose_host_is_a_loopback_name_with_its_own_port()
    {
        using var repo = new TestRepo().Page("x", "# X\n\nFirst.\n").PinDocfx();
        await using var guide = new LiveGuide(repo.Root, new LiveOptions(false, TimeSpan.FromSeconds(30), Watch: false));
        await using var server = await PreviewServer.StartAsync(guide, 0);
        var port = server.Address.Port;

        foreach (var host in new[] { $"localhost:{port}", $"LOCALHOST:{port}", $"127.0.0.1:{port}", $"[::1]:{port}" })
            Assert.Equal(200, (await Get(server.Address, "_docrunner/status", host)).Status);
        foreach (var host in new[] { $"evil.example:{port}", "evil.example", $"localhost:{port + 1}", $"localhost.evil.example:{port}", "localhost", $"127.0.0.2:{port}", $"[::2]:{port}" })
        {
            var (status, body) = await Get(server.Address, "_docrunner/status", host);
            Assert.True(status is 421 or 403, $"Host '{host}' got {status}");
            Assert.DoesNotContain("generation", body);
        }
    }

    /// <summary>A raw HTTP/1.1 request, so that any Host header (even one HttpClient refuses) can be sent.</summary>
    static async Task<(int Status, string Body)> Get(Uri server, string path, string host)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, server.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"));
        var response = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return (int.Parse(response.Split(' ', 3)[1]), response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]);
    }
}
