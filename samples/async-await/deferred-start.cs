int calls = 0;

#region nothing-runs-yet
Func<Task<string>> fetchPrices = () => FetchPricesAsync();
Console.WriteLine($"factory created, calls so far: {calls}");
#endregion

#region retry
string prices = await RetryAsync(fetchPrices, attempts: 3);
Console.WriteLine($"{prices} after {calls} calls");
#endregion

// A Task cannot be restarted; a Func<Task<T>> makes a fresh one on every call.
static async Task<T> RetryAsync<T>(Func<Task<T>> operation, int attempts)
{
    for (int attempt = 1; ; attempt++)
    {
        try
        {
            return await operation();
        }
        catch (TimeoutException ex) when (attempt < attempts)
        {
            Console.WriteLine($"attempt {attempt} failed: {ex.Message}");
        }
    }
}

async Task<string> FetchPricesAsync()
{
    calls++;
    await Task.Delay(100);
    if (calls < 3) throw new TimeoutException("price server too slow");
    return "prices";
}
