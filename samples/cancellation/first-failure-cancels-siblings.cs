using System.Diagnostics;

using var group = new CancellationTokenSource();
var trace = new ActivitySource("tasks"); // spans for the timeline under this sample
// The license server answers once a.zip's first part is in: an event, so the order never depends on timing.
var firstPartIn = new TaskCompletionSource();

Task[] tasks =
[
    InGroup(() => DownloadAsync("a.zip", parts: 3, msPerPart: 200, firstPartIn, group.Token)),
    InGroup(() => DownloadAsync("b.zip", parts: 1, msPerPart: 5000, null, group.Token)),
    InGroup(() => VerifyLicenseAsync(firstPartIn.Task, group.Token)),
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

async Task DownloadAsync(string file, int parts, int msPerPart, TaskCompletionSource? afterFirstPart, CancellationToken token)
{
    for (int part = 1; part <= parts; part++)
    {
        using Activity? span = trace.StartActivity($"part {part}")?.SetTag("lane", file);
        await Task.Delay(msPerPart, token);
        Console.WriteLine($"{file}: part {part} done");
        if (part == 1) afterFirstPart?.TrySetResult();
    }
}

async Task VerifyLicenseAsync(Task serverAnswer, CancellationToken token)
{
    using Activity? span = trace.StartActivity("check the license")?.SetTag("lane", "VerifyLicenseAsync");
    await serverAnswer.WaitAsync(token);
    throw new UnauthorizedAccessException("license expired");
}
