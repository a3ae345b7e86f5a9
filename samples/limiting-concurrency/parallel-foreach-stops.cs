using System.Collections.Concurrent;

var started = new ConcurrentQueue<int>();
var firstIsRunning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
var options = new ParallelOptions { MaxDegreeOfParallelism = 2 };
try
{
    await Parallel.ForEachAsync(Enumerable.Range(1, 6), options, async (order, token) =>
    {
        started.Enqueue(order);
        if (order == 1) firstIsRunning.SetResult();
        if (order == 2)
        {
            await firstIsRunning.Task.WaitAsync(token);
            throw new InvalidOperationException($"order {order} is invalid");
        }
        try { await Task.Delay(TimeSpan.FromMinutes(1), token); } // a long job
        catch (OperationCanceledException)
        {
            Console.WriteLine($"order {order} cancelled");
            throw;
        }
    });
}
catch (Exception e)
{
    Console.WriteLine($"{e.GetType().Name}: {e.Message}");
}
Console.WriteLine($"orders started: {string.Join(", ", started.Order())}");
