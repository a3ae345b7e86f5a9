using System.Threading.Channels;

foreach (bool allow in new[] { false, true })
{
    var channel = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { AllowSynchronousContinuations = allow });
    Task reader = ReadOneAsync(channel.Reader);
    channel.Writer.TryWrite(1);
    Console.WriteLine($"AllowSynchronousContinuations {allow}: the reader had done its work when TryWrite returned: {reader.IsCompleted}");
    await reader;
}

static async Task ReadOneAsync(ChannelReader<int> reader)
{
    await reader.ReadAsync(); // nothing is there yet, so this waits for the writer
    Thread.Sleep(300);        // the reader's work on the item
}
