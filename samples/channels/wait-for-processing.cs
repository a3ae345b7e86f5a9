using System.Threading.Channels;

var channel = Channel.CreateUnbounded<string>();
var saved = new List<string>();

Task consumer = Task.Run(async () =>
{
    await foreach (string invoice in channel.Reader.ReadAllAsync())
    {
        await Task.Delay(200); // save the invoice
        lock (saved) saved.Add(invoice);
    }
});

foreach (string invoice in new[] { "A-1", "A-2", "A-3" })
    await channel.Writer.WriteAsync(invoice);
channel.Writer.Complete();

// ❌ Reader.Completion: the last item has been taken, not necessarily handled
await channel.Reader.Completion;
lock (saved) Console.WriteLine($"after Reader.Completion: {saved.Count} of 3 saved");

// ✅ the consumer's own task: it ends after its last item is handled
await consumer;
lock (saved) Console.WriteLine($"after awaiting the consumer: {saved.Count} of 3 saved");
