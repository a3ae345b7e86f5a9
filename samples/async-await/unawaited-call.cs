#region fire-and-forget
#pragma warning disable CS4014 // ❌ the compiler warns: this call is not awaited
SaveDraftAsync("draft 1");
#pragma warning restore CS4014
Console.WriteLine("moved on without waiting");
await Task.Delay(300);
Console.WriteLine("the failure went nowhere");
#endregion

#region awaited
try
{
    await SaveDraftAsync("draft 2"); // ✅
}
catch (IOException ex)
{
    Console.WriteLine($"caught: {ex.Message}");
}
#endregion

static async Task SaveDraftAsync(string name)
{
    await Task.Delay(100);
    throw new IOException($"disk full while saving {name}");
}
