Console.WriteLine("calling ReadSensorAsync()");
IAsyncEnumerable<int> readings = ReadSensorAsync();
Console.WriteLine("nothing has run yet; starting await foreach");

await foreach (var reading in readings)
    Console.WriteLine($"  consumer got {reading}");
Console.WriteLine("loop finished");

static async IAsyncEnumerable<int> ReadSensorAsync()
{
    Console.WriteLine("  iterator starts");
    foreach (var reading in new[] { 21, 22, 24 })
    {
        await Task.Delay(100); // wait for the sensor
        Console.WriteLine($"  iterator yields {reading}");
        yield return reading;
    }
    Console.WriteLine("  iterator ends");
}
