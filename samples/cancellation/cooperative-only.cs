#region ignores
using (var cts = new CancellationTokenSource())
{
    Task job = Task.Run(() => ResizeIgnoringToken(cts.Token, onResized: CancelAfterPhoto(2, cts)), cts.Token);
    await job;
    Console.WriteLine($"token ignored: {job.Status}");
}
#endregion

#region checks
using (var cts = new CancellationTokenSource())
{
    Task job = Task.Run(() => ResizeCheckingToken(cts.Token, onResized: CancelAfterPhoto(2, cts)), cts.Token);
    try { await job; } catch (OperationCanceledException) { }
    Console.WriteLine($"token checked: {job.Status}");
}
#endregion

// Stands in for a user who presses Cancel as soon as the given photo is shown.
static Action<int> CancelAfterPhoto(int shown, CancellationTokenSource cts) =>
    photo => { if (photo == shown) cts.Cancel(); };

static void ResizeIgnoringToken(CancellationToken token, Action<int> onResized)
{
    for (int photo = 1; photo <= 4; photo++)
    {
        Thread.Sleep(200);
        Console.WriteLine($"  photo {photo} resized");
        onResized(photo);
    }
}

static void ResizeCheckingToken(CancellationToken token, Action<int> onResized)
{
    for (int photo = 1; photo <= 4; photo++)
    {
        token.ThrowIfCancellationRequested();
        Thread.Sleep(200);
        Console.WriteLine($"  photo {photo} resized");
        onResized(photo);
    }
}
