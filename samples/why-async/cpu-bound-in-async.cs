using System.Diagnostics;

TimeSpan computeTime = TimeSpan.FromSeconds(0.3);

#region inline
var stopwatch = Stopwatch.StartNew();
Task<int> resize = ResizePhotoAsync();
Console.WriteLine($"call returned after the computing: {stopwatch.Elapsed >= computeTime}, done: {resize.IsCompleted}");
await resize;
#endregion

#region offloaded
stopwatch.Restart();
Task<int> offloaded = Task.Run(ResizePhotoAsync);
Console.WriteLine($"Task.Run returned before the computing was over: {stopwatch.Elapsed < computeTime}, done: {offloaded.IsCompleted}");
Console.WriteLine($"pixels: {await offloaded}");
#endregion

// CPU-bound: no await until the computing is over, so nothing else can happen meanwhile.
async Task<int> ResizePhotoAsync()
{
    int pixels = BusyCompute(computeTime);
    await Task.Delay(100); // saving the result is the I/O-bound part
    return pixels;
}

// Keeps one core busy for a fixed time, so the sample runs alike on every machine.
static int BusyCompute(TimeSpan duration)
{
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed < duration) { }
    return 640 * 480;
}
