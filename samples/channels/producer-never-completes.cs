using System.Threading.Channels;

var channel = Channel.CreateUnbounded<int>();
_ = Task.Run(() => ReadSensorAsync(channel.Writer)); // throws, and nobody completes the channel

try
{
    await ConsumeAsync(channel.Reader).WaitAsync(TimeSpan.FromMilliseconds(500));
}
catch (TimeoutException)
{
    Console.WriteLine("consumer still waiting after 500 ms");
}

static async Task ReadSensorAsync(ChannelWriter<int> writer)
{
    await writer.WriteAsync(21);
    await writer.WriteAsync(22);
    throw new IOException("sensor unplugged");
}

static async Task ConsumeAsync(ChannelReader<int> reader)
{
    await foreach (int reading in reader.ReadAllAsync())
        Console.WriteLine($"reading {reading}");
}
