Task<string> slow = FetchAsync("slow", 0.3);
Task<string> broken = FailAsync(0.1);

try
{
    // asyncio.gather(slow, broken)
    await Task.WhenAll(slow, broken);
}
catch (InvalidOperationException ex)
{
    Console.WriteLine($"caught: {ex.Message}");
}
Console.WriteLine($"slow task: {slow.Status}, result: {slow.Result}");

static async Task<string> FetchAsync(string name, double seconds)
{
    await Task.Delay(TimeSpan.FromSeconds(seconds));
    Console.WriteLine($"{name} finished anyway");
    return $"{name} page";
}

static async Task<string> FailAsync(double seconds)
{
    await Task.Delay(TimeSpan.FromSeconds(seconds));
    Console.WriteLine("broken fails");
    throw new InvalidOperationException("server error");
}
