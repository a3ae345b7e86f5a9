using System.Collections.Concurrent;
using System.Threading.Tasks.Dataflow;

var saved = new ConcurrentBag<string>();
var saveInvoice = new ActionBlock<string>(
    async invoice =>
    {
        await Task.Delay(200); // save the invoice
        saved.Add(invoice);
    },
    new ExecutionDataflowBlockOptions { MaxDegreeOfParallelism = 2, BoundedCapacity = 10 });

foreach (string invoice in new[] { "A-1", "A-2", "A-3", "A-4", "A-5" })
    await saveInvoice.SendAsync(invoice); // would wait if 10 items were already inside
Console.WriteLine($"all sent, saved so far: {saved.Count}");

saveInvoice.Complete();          // no more input
await saveInvoice.Completion;    // every item has been handled: the join() you were looking for
Console.WriteLine($"after Completion: {saved.Count} of 5 saved ({string.Join(", ", saved.Order())})");
