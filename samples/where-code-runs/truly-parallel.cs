using var aIsRunning = new ManualResetEventSlim();
using var bIsRunning = new ManualResetEventSlim();

bool[] sawTheOther = await Task.WhenAll(
    AfterDelayAsync(aIsRunning, bIsRunning),
    AfterDelayAsync(bIsRunning, aIsRunning));

Console.WriteLine($"A's continuation saw B's running at the same time: {sawTheOther[0]}");
Console.WriteLine($"B's continuation saw A's running at the same time: {sawTheOther[1]}");

static async Task<bool> AfterDelayAsync(ManualResetEventSlim mine, ManualResetEventSlim other)
{
    await Task.Delay(100);
    mine.Set();
    // Hold this thread (for at most 1 s) until the other continuation is running too.
    return other.Wait(TimeSpan.FromSeconds(1));
}
