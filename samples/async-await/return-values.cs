int lookups = 0;

#region await-unwraps
Task<int> pending = CountOrdersAsync("alice");
int alice = await pending;              // await turns Task<int> into int
int bob = await CountOrdersAsync("bob");
Console.WriteLine($"alice: {alice}, bob: {bob}, total: {alice + bob}");
#endregion

#region await-again
int again = await pending;              // a finished task keeps its result
Console.WriteLine($"alice again: {again}, lookups made: {lookups}");
#endregion

#region no-value
await SaveReportAsync();                // async Task: something to await, nothing to return
Console.WriteLine("report saved");
#endregion

async Task<int> CountOrdersAsync(string customer)
{
    lookups++;
    await Task.Delay(100);              // stands in for a database query
    return customer.Length * 10;
}

static async Task SaveReportAsync() => await Task.Delay(100);
