using System.Diagnostics;

var stopwatch = Stopwatch.StartNew();

string[] reports = [FetchReport("sales"), FetchReport("stock"), FetchReport("staff")];

TimeSpan elapsed = stopwatch.Elapsed;
Console.WriteLine(string.Join(", ", reports));
Console.WriteLine($"took {elapsed.TotalSeconds:0.0} s");

// Stands in for a call to a slow server: the thread sits idle for 0.3 s.
static string FetchReport(string name)
{
    Thread.Sleep(300);
    return $"{name} report";
}
