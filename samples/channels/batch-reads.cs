using System.Threading.Channels;

var channel = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });
for (int reading = 1; reading <= 6; reading++) channel.Writer.TryWrite(reading); // a burst of six
Task saving = SaveInBatchesAsync(channel.Reader, maxBatch: 4);

await Task.Delay(300); // a quiet spell
channel.Writer.TryWrite(7);
channel.Writer.Complete();
await saving;

static async Task SaveInBatchesAsync(ChannelReader<int> reader, int maxBatch)
{
    var batch = new List<int>(maxBatch);
    while (await reader.WaitToReadAsync()) // waits for at least one item; false once completed and empty
    {
        while (batch.Count < maxBatch && reader.TryRead(out int reading)) batch.Add(reading);
        Console.WriteLine($"saved a batch of {batch.Count}: {string.Join(", ", batch)}");
        batch.Clear();
    }
}
