using System.Diagnostics;

TimeSpan cpuBefore = Environment.CpuUsage.TotalTime;
var wall = Stopwatch.StartNew();

Thread[] workers = [new(SpinFor500Ms), new(SpinFor500Ms)];
foreach (Thread worker in workers) worker.Start();
foreach (Thread worker in workers) worker.Join();

TimeSpan wallTime = wall.Elapsed;
TimeSpan cpuTime = Environment.CpuUsage.TotalTime - cpuBefore;
Console.WriteLine($"CPU time used exceeds wall-clock time: {cpuTime > wallTime}");

// Pure computation for half a second: no I/O, no locks, nothing that waits.
static void SpinFor500Ms()
{
    var spin = Stopwatch.StartNew();
    double x = 0;
    while (spin.ElapsedMilliseconds < 500)
        x = Math.Sqrt(x + 1);
}
