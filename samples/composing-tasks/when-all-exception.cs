#region untyped
Task charge = FailAfterAsync(300, new InvalidOperationException("card declined"));
Task receipt = SucceedAfterAsync(500, "receipt sent");
Task audit = FailAfterAsync(100, new TimeoutException("audit log unavailable"));

Task all = Task.WhenAll(charge, receipt, audit);
try
{
    await all;
}
catch (Exception ex)
{
    Console.WriteLine($"await rethrew one exception: {ex.GetType().Name}: {ex.Message}");
}

Console.WriteLine($"receipt still ran to the end: {receipt.IsCompletedSuccessfully}");
Console.WriteLine($"all.Exception holds {all.Exception!.InnerExceptions.Count} exceptions:");
foreach (var inner in all.Exception.InnerExceptions)
    Console.WriteLine($"  {inner.GetType().Name}: {inner.Message}");
#endregion

#region typed
Task<decimal> price = FailTypedAfterAsync<decimal>(300, new InvalidOperationException("price list missing"));
Task<decimal> tax = FailTypedAfterAsync<decimal>(100, new TimeoutException("tax service unavailable"));
try
{
    await Task.WhenAll(price, tax);
}
catch (Exception ex)
{
    Console.WriteLine($"await WhenAll<decimal> rethrew: {ex.GetType().Name}: {ex.Message}");
}
#endregion

static async Task FailAfterAsync(int delayMs, Exception error)
{
    await Task.Delay(delayMs);
    throw error;
}

static async Task<T> FailTypedAfterAsync<T>(int delayMs, Exception error)
{
    await Task.Delay(delayMs);
    throw error;
}

static async Task SucceedAfterAsync(int delayMs, string message)
{
    await Task.Delay(delayMs);
    Console.WriteLine($"  {message}");
}
