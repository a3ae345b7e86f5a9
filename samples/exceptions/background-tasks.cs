#region forget
_ = SendWelcomeEmailAsync("ana");
await CreateAccountAsync("ana");
Console.WriteLine("ana: done, and nobody hears that her email failed");
#endregion

#region keep
List<Task> background = [];
background.Add(SendWelcomeEmailAsync("ben"));
await CreateAccountAsync("ben");

Task everything = Task.WhenAll(background);
await everything.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
foreach (Exception failure in everything.Exception?.InnerExceptions ?? [])
    Console.WriteLine($"ben: background failure: {failure.Message}");
#endregion

static async Task SendWelcomeEmailAsync(string user)
{
    await Task.Delay(100);
    throw new HttpRequestException($"mail server refused the email to {user}");
}

static async Task CreateAccountAsync(string user)
{
    await Task.Delay(300);
    Console.WriteLine($"{user}: account created");
}
