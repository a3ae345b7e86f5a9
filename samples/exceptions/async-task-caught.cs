try
{
    await SaveSettingsAsync();
    Console.WriteLine("settings saved");
}
catch (IOException ex)
{
    Console.WriteLine($"caller caught: {ex.Message}");
}

static async Task SaveSettingsAsync()
{
    await Task.Delay(100);
    throw new IOException("disk full");
}
