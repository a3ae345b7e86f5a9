Console.WriteLine("1. caller: calling BrewAsync()");
Task brewing = BrewAsync();
Console.WriteLine("3. caller: got a task back, carries on");

await brewing;
Console.WriteLine("5. caller: the task is done");

static async Task BrewAsync()
{
    Console.WriteLine("2.   BrewAsync: runs right away, inside the call");
    await Task.Delay(200); // first await of an unfinished task: return to the caller
    Console.WriteLine("4.   BrewAsync: resumes after the delay");
}
