#region lazy
Task<string> good = FetchLazilyAsync("a.html");
Task<string> bad = FetchLazilyAsync("");
Console.WriteLine($"both calls returned a task; the bad one is {bad.Status}");
try
{
    await Task.WhenAll(good, bad);
}
catch (ArgumentException ex)
{
    Console.WriteLine($"await threw {ex.GetType().Name}, once a.html had finished: {good.IsCompletedSuccessfully}");
}
#endregion

#region eager
Task<string>? checkedTask = null;
try
{
    checkedTask = FetchAsync("");
}
catch (ArgumentException ex)
{
    Console.WriteLine($"the call itself threw {ex.GetType().Name}; no task came back: {checkedTask is null}");
}
#endregion

// ❌ The check runs inside the async method, so its exception goes into the task.
static async Task<string> FetchLazilyAsync(string url)
{
    ArgumentException.ThrowIfNullOrEmpty(url);
    await Task.Delay(300);
    return $"{url} body";
}

// ✅ Not async: the check throws at the call, then the async local function does the work.
static Task<string> FetchAsync(string url)
{
    ArgumentException.ThrowIfNullOrEmpty(url);
    return FetchCoreAsync(url);

    static async Task<string> FetchCoreAsync(string url)
    {
        await Task.Delay(300);
        return $"{url} body";
    }
}
