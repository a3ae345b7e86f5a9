using System.Diagnostics;

#region inline
var stopwatch = Stopwatch.StartNew();
Task<int> resize = ResizePhotoAsync();
Console.WriteLine($"call returned after {stopwatch.Elapsed.TotalSeconds:0.0} s, done: {resize.IsCompleted}");
await resize;
#endregion

#region offloaded
stopwatch.Restart();
Task<int> offloaded = Task.Run(ResizePhotoAsync);
Console.WriteLine($"Task.Run returned after {stopwatch.Elapsed.TotalSeconds:0.0} s, done: {offloaded.IsCompleted}");
Console.WriteLine($"pixels: {await offloaded}");
#endregion

// CPU-bound: no await until the computing is over, so nothing else can happen meanwhile.
static async Task<int> ResizePhotoAsync()
{
    int pixels = BusyCompute(TimeSpan.FromSeconds(0.3));
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
