decimal balance = 0;

#region race
async Task DepositWithoutLockAsync(decimal amount)
{
    var current = balance;
    await Task.Delay(200); // e.g. an audit call
    balance = current + amount;
}

await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => DepositWithoutLockAsync(10)));
Console.WriteLine($"without a lock: balance {balance} (expected 100)");
#endregion

#region locked
var mutex = new SemaphoreSlim(1, 1);
async Task DepositAsync(decimal amount)
{
    await mutex.WaitAsync();
    try
    {
        var current = balance;
        await Task.Delay(10);
        balance = current + amount;
    }
    finally { mutex.Release(); }
}

balance = 0;
await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => DepositAsync(10)));
Console.WriteLine($"with SemaphoreSlim(1, 1): balance {balance} (expected 100)");
#endregion
