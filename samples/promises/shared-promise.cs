var settings = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);

Task<string> web = StartServiceAsync("web", settings.Task);
Task<string> worker = StartServiceAsync("worker", settings.Task);

await Task.Delay(100);
Console.WriteLine("settings loaded");
settings.SetResult("region=eu");

foreach (string line in await Task.WhenAll(web, worker))
    Console.WriteLine(line);

static async Task<string> StartServiceAsync(string name, Task<string> settingsTask)
{
    Console.WriteLine($"{name}: waiting for settings");
    string settings = await settingsTask; // both services await the same Task
    return $"{name}: started with {settings}";
}
