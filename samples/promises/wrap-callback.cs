Console.WriteLine($"reading: {await ReadTemperatureAsync(new Thermometer(working: true))} degrees");
try
{
    await ReadTemperatureAsync(new Thermometer(working: false));
}
catch (IOException ex)
{
    Console.WriteLine($"reading failed: {ex.Message}");
}

static Task<int> ReadTemperatureAsync(Thermometer thermometer)
{
    var reading = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
    thermometer.BeginRead(
        onSuccess: celsius => reading.TrySetResult(celsius),
        onError: error => reading.TrySetException(error));
    return reading.Task;
}

// An older callback-style API: it returns at once and calls you back later, on another thread.
class Thermometer(bool working)
{
    public void BeginRead(Action<int> onSuccess, Action<Exception> onError) =>
        ThreadPool.QueueUserWorkItem(_ =>
        {
            Thread.Sleep(100); // talking to the device
            if (working) onSuccess(21);
            else onError(new IOException("sensor not responding"));
        });
}
