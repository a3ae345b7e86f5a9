#region flatten
// Older code that blocks on a batch inside a task: its AggregateException gets wrapped in another one.
Task nightly = Task.Run(() =>
{
    Task mirror = Task.FromException(new TimeoutException("mirror too slow"));
    Task disk = Task.FromException(new IOException("disk full"));
    Task.WhenAll(mirror, disk).Wait();
});
await nightly.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
AggregateException error = nightly.Exception!;

Console.WriteLine($"Exception.InnerExceptions: {Names(error.InnerExceptions)}");
Console.WriteLine($"Flatten().InnerExceptions: {Names(error.Flatten().InnerExceptions)}");
#endregion

#region handle
try
{
    error.Flatten().Handle(inner => inner is TimeoutException); // true: this one is dealt with
}
catch (AggregateException rest)
{
    Console.WriteLine($"Handle rethrew the ones it returned false for: {Names(rest.InnerExceptions)}");
}
#endregion

static string Names(IEnumerable<Exception> errors) => string.Join(", ", errors.Select(e => e.GetType().Name));
