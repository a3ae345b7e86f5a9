using System.Collections.Concurrent;

var started = new ConcurrentQueue<int>();
var options = new ParallelOptions { MaxDegreeOfParallelism = 2 };
try
{
    await Parallel.ForEachAsync(Enumerable.Range(1, 6), options, async (order, token) =>
    {
        started.Enqueue(order);
        if (order == 2)
        {
            await Task.Delay(100, token);
            throw new InvalidOperationException($"order {order} is invalid");
        }
        try { await Task.Delay(300, token); }
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
