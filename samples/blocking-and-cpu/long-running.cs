using System.Collections.Concurrent;

var inbox = new BlockingCollection<string>();
bool loopOnPoolThread = true;

// A loop that blocks for the life of the process gets a thread of its own, not one of the pool's.
Task consumer = Task.Factory.StartNew(() =>
{
    loopOnPoolThread = Thread.CurrentThread.IsThreadPoolThread;
    foreach (string message in inbox.GetConsumingEnumerable()) // blocks while the inbox is empty
        Console.WriteLine($"handled {message}");
}, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

bool poolThread = await Task.Run(() => Thread.CurrentThread.IsThreadPoolThread);
Console.WriteLine($"Task.Run work ran on a pool thread: {poolThread}");

foreach (string message in new[] { "order 1", "order 2", "order 3" }) inbox.Add(message);
inbox.CompleteAdding(); // ends the loop once the inbox is empty
await consumer;
Console.WriteLine($"the LongRunning loop ran on a pool thread: {loopOnPoolThread}");
