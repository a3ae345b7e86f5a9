#region call
Task<string> pending = LoadProfileAsync("ghost");
Console.WriteLine($"the call returned; task status: {pending.Status}");
#endregion

#region await
try
{
    string profile = await pending;
    Console.WriteLine(profile);
}
catch (KeyNotFoundException ex)
{
    Console.WriteLine($"caught at the await: {ex.Message}");
}
#endregion

static async Task<string> LoadProfileAsync(string user)
{
    if (user == "ghost")
        throw new KeyNotFoundException($"no profile for '{user}'");
    await Task.Delay(100);
    return $"profile of {user}";
}
