using System.Threading.Channels;

foreach (var mode in Enum.GetValues<BoundedChannelFullMode>())
{
    var dropped = new List<int>();
    var channel = Channel.CreateBounded<int>(
        new BoundedChannelOptions(capacity: 3) { FullMode = mode },
        itemDropped: dropped.Add);

    var accepted = Enumerable.Range(1, 5).Select(reading => channel.Writer.TryWrite(reading)).ToArray();

    channel.Writer.Complete();
    var buffered = await channel.Reader.ReadAllAsync().ToListAsync();
    Console.WriteLine($"{mode,-11} TryWrite: {string.Join(" ", accepted)}");
    Console.WriteLine($"{"",-11} kept: [{string.Join(", ", buffered)}]  dropped: [{string.Join(", ", dropped)}]");
}
