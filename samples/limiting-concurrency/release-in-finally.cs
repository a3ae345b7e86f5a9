#region leak
static async Task ImportWithoutFinallyAsync(string file, SemaphoreSlim gate)
{
    await gate.WaitAsync();
    await ParseAsync(file);
    gate.Release(); // skipped when ParseAsync throws
}

await ImportAllAsync(ImportWithoutFinallyAsync);
#endregion

#region fixed
static async Task ImportAsync(string file, SemaphoreSlim gate)
{
    await gate.WaitAsync();
    try { await ParseAsync(file); }
    finally { gate.Release(); }
}

await ImportAllAsync(ImportAsync);
#endregion

static async Task ImportAllAsync(Func<string, SemaphoreSlim, Task> import)
{
    var gate = new SemaphoreSlim(2);
    foreach (var file in new[] { "orders.csv", "broken-1.csv", "users.csv", "broken-2.csv" })
    {
        try { await import(file, gate); }
        catch (InvalidDataException e) { Console.WriteLine($"import failed: {e.Message}"); }
    }
    Console.WriteLine($"free slots: {gate.CurrentCount} of 2");
    Console.WriteLine($"next import gets a slot: {await gate.WaitAsync(TimeSpan.FromMilliseconds(200))}");
}

static async Task ParseAsync(string file)
{
    await Task.Delay(10);
    if (file.StartsWith("broken")) throw new InvalidDataException($"{file} has no header");
}
