using System.Diagnostics;

using var group = new CancellationTokenSource();
var trace = new ActivitySource("tasks"); // spans for the timeline under this sample

Task[] tasks =
[
    InGroup(() => DownloadAsync("a.zip", parts: 3, msPerPart: 200, group.Token)),
    InGroup(() => DownloadAsync("b.zip", parts: 1, msPerPart: 1000, group.Token)),
    InGroup(() => VerifyLicenseAsync(group.Token)),
];

try { await Task.WhenAll(tasks); }
catch (Exception ex) { Console.WriteLine($"group failed: {ex.Message}"); }
Console.WriteLine($"statuses: {string.Join(", ", tasks.Select(t => t.Status))}");

async Task InGroup(Func<Task> work)
{
    try { await work(); }
    catch (Exception) when (!group.IsCancellationRequested)
    {
        group.Cancel(); // the first real failure stops every sibling
        throw;
    }
}

async Task DownloadAsync(string file, int parts, int msPerPart, CancellationToken token)
{
    for (int part = 1; part <= parts; part++)
    {
        using Activity? span = trace.StartActivity($"part {part}")?.SetTag("lane", file);
        await Task.Delay(msPerPart, token);
        Console.WriteLine($"{file}: part {part} done");
    }
}

async Task VerifyLicenseAsync(CancellationToken token)
{
    using Activity? span = trace.StartActivity("check the license")?.SetTag("lane", "VerifyLicenseAsync");
    await Task.Delay(300, token);
    throw new UnauthorizedAccessException("license expired");
}
