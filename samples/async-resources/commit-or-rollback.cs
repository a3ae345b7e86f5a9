foreach (var amount in new[] { 30m, 500m })
{
    try { await TransferAsync(amount); }
    catch (InvalidOperationException e) { Console.WriteLine($"transfer failed: {e.Message}"); }
}

static async Task TransferAsync(decimal amount)
{
    await using var transaction = await Transaction.BeginAsync();
    await transaction.ExecuteAsync($"debit {amount}");
    if (amount > 100) throw new InvalidOperationException($"{amount} is over the limit");
    await transaction.ExecuteAsync($"credit {amount}");
    await transaction.CommitAsync(); // reached only if nothing above threw
}

sealed class Transaction : IAsyncDisposable
{
    bool _committed;
    private Transaction() { }

    public static async Task<Transaction> BeginAsync() { await SendAsync("begin"); return new(); }

    public Task ExecuteAsync(string command) => SendAsync($"  {command}");

    public async Task CommitAsync()
    {
        await SendAsync("commit");
        _committed = true;
    }

    // DisposeAsync never sees the exception: the missing commit is the signal.
    public async ValueTask DisposeAsync()
    {
        if (!_committed) await SendAsync("rollback");
    }

    static async Task SendAsync(string message) { await Task.Delay(10); Console.WriteLine(message); }
}
