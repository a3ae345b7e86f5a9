Task validation = ValidateAsync();
Task report = SaveReportAsync();

try
{
    await Task.WhenAll(validation, report);
}
catch (Exception ex)
{
    Console.WriteLine($"caught: {ex.Message}");
}
Console.WriteLine($"report task status: {report.Status}");

static async Task ValidateAsync()
{
    await Task.Delay(100);
    Console.WriteLine("validation throws");
    throw new FormatException("row 7 is malformed");
}

static async Task SaveReportAsync()
{
    for (int page = 1; page <= 3; page++)
    {
        await Task.Delay(200);
        Console.WriteLine($"report page {page} saved");
    }
}
