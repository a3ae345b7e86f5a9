DirectoryInfo temp = Directory.CreateTempSubdirectory();
try
{
    string log = Path.Combine(temp.FullName, "app.log");
    await File.WriteAllLinesAsync(log, ["INFO boot", "WARN slow disk", "INFO ready", "ERROR lost connection"]);

    int lineNumber = 0;
    await foreach (string line in File.ReadLinesAsync(log))
    {
        lineNumber++;
        if (!line.StartsWith("INFO")) Console.WriteLine($"line {lineNumber}: {line}");
    }

    // The stream works with the async LINQ operators too.
    int problems = await File.ReadLinesAsync(log).CountAsync(line => !line.StartsWith("INFO"));
    Console.WriteLine($"{problems} of {lineNumber} lines need attention");
}
finally
{
    temp.Delete(recursive: true);
}
