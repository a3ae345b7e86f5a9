// The test decides when the fake "network call" finishes: no sleeps, no timing guesses.
var pendingFetch = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
var screen = new WeatherScreen(() => pendingFetch.Task);

Task refresh = screen.RefreshAsync();
Console.WriteLine($"while the fetch is pending: spinner={screen.ShowsSpinner}, text='{screen.Text}'");

pendingFetch.SetResult("sunny, 21 degrees");
await refresh;
Console.WriteLine($"after the fetch completes: spinner={screen.ShowsSpinner}, text='{screen.Text}'");

sealed class WeatherScreen(Func<Task<string>> fetchForecast)
{
    public bool ShowsSpinner { get; private set; }
    public string Text { get; private set; } = "";

    public async Task RefreshAsync()
    {
        ShowsSpinner = true;
        try
        {
            Text = await fetchForecast();
        }
        finally
        {
            ShowsSpinner = false;
        }
    }
}
