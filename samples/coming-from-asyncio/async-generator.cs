// async for reading in read_sensor():
await foreach (int reading in ReadSensorAsync())
{
    Console.WriteLine($"reading {reading}");
    if (reading == 3)
        break;
}
Console.WriteLine("after the loop");

// async def read_sensor(): ... yield value
static async IAsyncEnumerable<int> ReadSensorAsync()
{
    try
    {
        for (int value = 1; ; value++)
        {
            await Task.Delay(100);
            yield return value;
        }
    }
    finally
    {
        Console.WriteLine("sensor closed");
    }
}
