await ResizeAsync();

Task<int?> delegateTask = Task.Run(() => Task.CurrentId);
int? idSeenInside = await delegateTask;
Console.WriteLine($"Task.Run delegate, Task.CurrentId is that task's Id: {idSeenInside == delegateTask.Id}");

await Task.Run(async () =>
{
    await Task.Delay(100);
    Console.WriteLine($"Task.Run async lambda, after its await, Task.CurrentId is null: {Task.CurrentId is null}");
});

static async Task ResizeAsync()
{
    Console.WriteLine($"async method, before its await, Task.CurrentId is null: {Task.CurrentId is null}");
    await Task.Delay(100);
    Console.WriteLine($"async method, after its await, Task.CurrentId is null: {Task.CurrentId is null}");
}
