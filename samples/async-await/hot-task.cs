using System.Diagnostics;

// Spans and moments for the timeline under this sample: the caller's part and BrewAsync's.
var trace = new ActivitySource("timeline");
using Activity? caller = trace.StartActivity("top-level code")?.SetTag("lane", "caller");

Console.WriteLine("1. caller: calling BrewAsync()");
Task brewing = BrewAsync();
caller?.AddEvent(new("3. carries on"));
Console.WriteLine("3. caller: got a task back, carries on");

await brewing;
Console.WriteLine("5. caller: the task is done");
caller?.AddEvent(new("5. the task is done"));

async Task BrewAsync()
{
    using Activity? brew = trace.StartActivity("BrewAsync()")?.SetTag("lane", "BrewAsync");
    Console.WriteLine("2.   BrewAsync: runs right away, inside the call");
    brew?.AddEvent(new("2. runs inside the call"));
    await Task.Delay(200); // first await of an unfinished task: return to the caller
    Console.WriteLine("4.   BrewAsync: resumes after the delay");
    brew?.AddEvent(new("4. resumes"));
}
