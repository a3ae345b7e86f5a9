using System.Threading.Channels;

var channel = Channel.CreateUnbounded<int>();
_ = Task.Run(async () =>
{
    try
    {
        await ReadSensorAsync(channel.Writer);
        channel.Writer.Complete();
    }
    catch (Exception ex)
    {
        channel.Writer.Complete(ex); // the reader gets the items written so far, then this exception
    }
});

try
{
    await foreach (int reading in channel.Reader.ReadAllAsync())
        Console.WriteLine($"reading {reading}");
}
catch (IOException ex)
{
    Console.WriteLine($"consumer caught {ex.GetType().Name}: {ex.Message}");
}
Console.WriteLine($"Reader.Completion: {channel.Reader.Completion.Status}");

static async Task ReadSensorAsync(ChannelWriter<int> writer)
{
    await writer.WriteAsync(21);
    await writer.WriteAsync(22);
    throw new IOException("sensor unplugged");
}
