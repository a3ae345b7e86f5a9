#region one-after-another
await DownloadAsync("invoice", seconds: 0.4);
await DownloadAsync("receipt", seconds: 0.2);
#endregion

#region start-then-await
Task invoice = DownloadAsync("invoice", seconds: 0.4);
Task receipt = DownloadAsync("receipt", seconds: 0.2);
await invoice;
await receipt;
#endregion

static async Task DownloadAsync(string name, double seconds)
{
    Console.WriteLine($"start {name}");
    await Task.Delay(TimeSpan.FromSeconds(seconds));
    Console.WriteLine($"end   {name}");
}
