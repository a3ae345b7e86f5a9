var settings = new SettingsStore();

#region fastpath
Task<string> miss = settings.GetAsync("theme");
Console.WriteLine($"first read (loads from disk) was complete when the call returned: {miss.IsCompleted}");
Console.WriteLine($"theme = {await miss}");

Task<string> hit = settings.GetAsync("theme");
Console.WriteLine($"second read (from the cache) was complete when the call returned: {hit.IsCompleted}");
#endregion

#region cached
Console.WriteLine($"two synchronous 'true' results share one Task<bool>: {ReferenceEquals(settings.HasAsync("theme"), settings.HasAsync("theme"))}");
Console.WriteLine($"a synchronous finish of an async Task returns Task.CompletedTask: {ReferenceEquals(settings.SaveAsync(), Task.CompletedTask)}");
Console.WriteLine($"two Task.FromResult(1000) calls share one Task: {ReferenceEquals(Task.FromResult(1000), Task.FromResult(1000))}");
#endregion

sealed class SettingsStore
{
    readonly Dictionary<string, string> cache = [];
    bool dirty;

    public async Task<string> GetAsync(string key)
    {
        if (cache.TryGetValue(key, out string? value)) return value; // finishes without ever awaiting
        await Task.Delay(100); // stands in for reading a file
        return cache[key] = "dark";
    }

    public async Task<bool> HasAsync(string key) => (await GetAsync(key)).Length > 0;

    public async Task SaveAsync()
    {
        if (!dirty) return;
        await Task.Delay(100);
        dirty = false;
    }
}
