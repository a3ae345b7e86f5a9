// future = loop.create_future()
var signal = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);

Task<string> first = WaitForSignalAsync("first", signal.Task);
Task<string> second = WaitForSignalAsync("second", signal.Task);

await Task.Delay(100);
signal.SetResult("go");                               // future.set_result("go")
Console.WriteLine($"set again: {signal.TrySetResult("again")}");

foreach (string line in await Task.WhenAll(first, second))
    Console.WriteLine(line);

static async Task<string> WaitForSignalAsync(string name, Task<string> signal)
{
    string message = await signal;                    // await future
    return $"{name} waiter got {message}";
}
