#region forget
var firstLog = new List<string>();
_ = WriteAuditAsync(firstLog, "order 1 placed");
Console.WriteLine($"fire-and-forget: entries written if Main returned here: {firstLog.Count}");
#endregion

#region keep
var secondLog = new List<string>();
List<Task> backgroundWork = [];
backgroundWork.Add(WriteAuditAsync(secondLog, "order 2 placed"));
backgroundWork.Add(WriteAuditAsync(secondLog, "order 3 placed"));

await Task.WhenAll(backgroundWork); // at shutdown: wait for the work, and see its exceptions
Console.WriteLine($"kept and awaited: entries written if Main returned here: {secondLog.Count}");
#endregion

static async Task WriteAuditAsync(List<string> log, string entry)
{
    await Task.Delay(200); // stands in for a slow write to an audit store
    lock (log) log.Add(entry);
}
