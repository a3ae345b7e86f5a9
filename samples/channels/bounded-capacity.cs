using System.Threading.Channels;

var channel = Channel.CreateBounded<int>(capacity: 2);

Console.WriteLine($"TryWrite(1): {channel.Writer.TryWrite(1)}");
Console.WriteLine($"TryWrite(2): {channel.Writer.TryWrite(2)}");
Console.WriteLine($"TryWrite(3): {channel.Writer.TryWrite(3)}");
Console.WriteLine($"buffered: {channel.Reader.Count}");

Task pendingWrite = channel.Writer.WriteAsync(3).AsTask();
Console.WriteLine($"WriteAsync(3) done at once: {pendingWrite.IsCompleted}");

await Task.Delay(200);
Console.WriteLine($"WriteAsync(3) done 200 ms later: {pendingWrite.IsCompleted}");

int first = await channel.Reader.ReadAsync();
Console.WriteLine($"read {first}");
await pendingWrite;
Console.WriteLine($"WriteAsync(3) done: {pendingWrite.IsCompleted}, buffered: {channel.Reader.Count}");
