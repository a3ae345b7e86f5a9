DirectoryInfo temp = Directory.CreateTempSubdirectory();
try
{
    string[] cities = ["oslo", "lima", "pune"];

    #region write-read
    await Task.WhenAll(cities.Select(city =>
        File.WriteAllTextAsync(Path.Combine(temp.FullName, $"{city}.txt"), $"weather report for {city}\n")));

    string[] contents = await Task.WhenAll(cities.Select(city =>
        File.ReadAllTextAsync(Path.Combine(temp.FullName, $"{city}.txt"))));
    foreach (string text in contents) Console.Write(text);
    #endregion

    #region lines
    string log = Path.Combine(temp.FullName, "oslo.txt");
    await File.AppendAllLinesAsync(log, ["09:00 rain", "12:00 sun", "15:00 rain"]);
    await foreach (string line in File.ReadLinesAsync(log)) // .NET 7: one line at a time
        if (line.EndsWith("rain")) Console.WriteLine($"rain at {line[..5]}");
    #endregion
}
finally
{
    temp.Delete(recursive: true);
}
