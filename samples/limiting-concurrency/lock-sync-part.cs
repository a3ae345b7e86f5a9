var cache = new PageCache();
string[] urls = ["/home", "/about", "/home", "/pricing", "/about"];
await Task.WhenAll(urls.Select(cache.GetAsync));
Console.WriteLine($"cached pages: {string.Join(", ", cache.Urls)}");
Console.WriteLine($"fetches made: {cache.Fetches}");

class PageCache
{
    readonly Lock _lock = new(); // System.Threading.Lock, .NET 9
    readonly Dictionary<string, string> _pages = [];
    int _fetches;

    public int Fetches => Volatile.Read(ref _fetches);
    public string[] Urls { get { lock (_lock) return [.. _pages.Keys.Order()]; } }

    public async Task<string> GetAsync(string url)
    {
        lock (_lock)
        {
            if (_pages.TryGetValue(url, out var cached)) return cached;
        }
        var page = await FetchAsync(url); // awaited outside the lock
        lock (_lock)
        {
            _pages.TryAdd(url, page);
            return _pages[url];
        }
    }

    async Task<string> FetchAsync(string url)
    {
        Interlocked.Increment(ref _fetches);
        await Task.Delay(200);
        return $"<html>{url}</html>";
    }
}
