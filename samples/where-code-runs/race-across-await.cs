var account = new Account();

#region racy
static async Task DepositAsync(Account account, int amount)
{
    var balance = account.Balance;       // read
    await Task.Delay(100);               // say, a call to a fraud-check service
    account.Balance = balance + amount;  // write back, based on what may be a stale read
}

await Task.WhenAll(DepositAsync(account, 10), DepositAsync(account, 10), DepositAsync(account, 10));
Console.WriteLine($"balance after three deposits of 10: {account.Balance}");
#endregion

#region guarded
account.Balance = 0;
var oneAtATime = new SemaphoreSlim(1, 1);
await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
{
    await oneAtATime.WaitAsync();
    try { await DepositAsync(account, 10); }
    finally { oneAtATime.Release(); }
}));
Console.WriteLine($"balance after three guarded deposits of 10: {account.Balance}");
#endregion

class Account { public int Balance; }
