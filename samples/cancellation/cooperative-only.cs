#region ignores
using (var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
{
    Task job = Task.Run(() => ResizeIgnoringToken(cts.Token), cts.Token);
    await job;
    Console.WriteLine($"token ignored: {job.Status}");
}
#endregion

#region checks
using (var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
{
    Task job = Task.Run(() => ResizeCheckingToken(cts.Token), cts.Token);
    try { await job; } catch (OperationCanceledException) { }
    Console.WriteLine($"token checked: {job.Status}");
}
#endregion

static void ResizeIgnoringToken(CancellationToken token)
{
    for (int photo = 1; photo <= 4; photo++)
    {
        Thread.Sleep(200);
        Console.WriteLine($"  photo {photo} resized");
    }
}

static void ResizeCheckingToken(CancellationToken token)
{
    for (int photo = 1; photo <= 4; photo++)
    {
        token.ThrowIfCancellationRequested();
        Thread.Sleep(200);
        Console.WriteLine($"  photo {photo} resized");
    }
}
