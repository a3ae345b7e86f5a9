var settings = new SettingsPage();

#region void
settings.OnSaveClicked("dark");
Console.WriteLine($"async void: right after the call, saved theme = {settings.SavedTheme ?? "(none yet)"}");
await Task.Delay(300); // the caller has nothing to await, so all it can do is guess
Console.WriteLine($"async void: after guessing 0.3 s, saved theme = {settings.SavedTheme}");
#endregion

#region task
await settings.SaveAsync("light");
Console.WriteLine($"async Task: after awaiting, saved theme = {settings.SavedTheme}");
#endregion

sealed class SettingsPage
{
    public string? SavedTheme { get; private set; }

    public async void OnSaveClicked(string theme) => await SaveAsync(theme);

    public async Task SaveAsync(string theme)
    {
        await Task.Delay(100); // stands in for writing to disk
        SavedTheme = theme;
    }
}
