using System.Text.Json;
using System.Threading.Channels;

namespace DocRunner.Preview.Live;

/// <summary>
/// The server-sent events every open page listens to: <c>changed</c> (which pages' overlay a refresh changed, which
/// pages' HTML a DocFX build changed, or reload all)
/// and <c>status</c> (how many checks are running), the latter at most every 150 ms.
/// </summary>
public sealed class LiveEvents : IDisposable
{
    readonly LiveGuide guide;
    readonly Lock gate = new();
    readonly List<Channel<string>> clients = [];
    readonly Timer statusTimer;
    bool statusDue;

    public LiveEvents(LiveGuide guide)
    {
        this.guide = guide;
        statusTimer = new Timer(_ => FlushStatus(), null, Timeout.Infinite, Timeout.Infinite);
        guide.Changed += OnChanged;
        guide.StatusChanged += OnStatus;
    }

    public int Clients { get { lock (gate) return clients.Count; } }

    public ChannelReader<string> Subscribe(out Action unsubscribe)
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (gate) clients.Add(channel);
        unsubscribe = () => { lock (gate) clients.Remove(channel); channel.Writer.TryComplete(); };
        return channel.Reader;
    }

    public static string Format(string name, object data) => $"event: {name}\ndata: {JsonSerializer.Serialize(data)}\n\n";

    public object StatusData()
    {
        var status = guide.Status;
        return new { running = status.Running, waiting = status.Waiting, message = status.Message };
    }

    void OnChanged(SiteChange change) =>
        Broadcast(Format("changed", new { version = change.Version, pages = change.Pages, reload = change.Reload, build = change.Build, rebuilt = change.Rebuilt ?? [] }));

    void OnStatus(LiveStatus _)
    {
        lock (gate)
        {
            if (statusDue) return;
            statusDue = true;
        }
        statusTimer.Change(150, Timeout.Infinite);
    }

    void FlushStatus()
    {
        lock (gate) statusDue = false;
        Broadcast(Format("status", StatusData()));
    }

    void Broadcast(string message)
    {
        List<Channel<string>> all;
        lock (gate) all = [.. clients];
        foreach (var client in all) client.Writer.TryWrite(message);
    }

    /// <summary>Ends every open stream, so that the server can stop without waiting for browsers.</summary>
    public void CloseAll()
    {
        List<Channel<string>> all;
        lock (gate) { all = [.. clients]; clients.Clear(); }
        foreach (var client in all) client.Writer.TryComplete();
    }

    public void Dispose()
    {
        guide.Changed -= OnChanged;
        guide.StatusChanged -= OnStatus;
        statusTimer.Dispose();
        CloseAll();
    }
}
