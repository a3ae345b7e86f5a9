Task<int> parse = ParseQuantityAsync("12x");

try
{
    int quantity = parse.Result;
}
catch (Exception ex)
{
    Console.WriteLine($".Result threw {ex.GetType().Name} wrapping {ex.InnerException!.GetType().Name}");
}

try
{
    int quantity = parse.GetAwaiter().GetResult();
}
catch (Exception ex)
{
    Console.WriteLine($".GetAwaiter().GetResult() threw {ex.GetType().Name}");
}

try
{
    int quantity = await parse;
}
catch (Exception ex)
{
    Console.WriteLine($"await threw {ex.GetType().Name}");
}

static async Task<int> ParseQuantityAsync(string text)
{
    await Task.Delay(100);
    return int.Parse(text);
}
