using System.Text;

DirectoryInfo temp = Directory.CreateTempSubdirectory();
try
{
    string path = Path.Combine(temp.FullName, "orders.csv");
    var asyncWrite = new FileStreamOptions
    {
        Mode = FileMode.CreateNew,
        Access = FileAccess.Write,
        Options = FileOptions.Asynchronous, // same as `useAsync: true` in the older constructor
    };

    await using (var output = new FileStream(path, asyncWrite))
    await using (var writer = new StreamWriter(output, Encoding.UTF8))
    {
        Console.WriteLine($"output.IsAsync: {output.IsAsync}");
        for (int id = 1; id <= 3; id++)
            await writer.WriteLineAsync($"{id},widget,{id * 4}");
    } // DisposeAsync flushes the writer, then closes the file

    await using var input = new FileStream(path, FileMode.Open, FileAccess.Read,
        FileShare.Read, bufferSize: 4096, useAsync: true);
    using var reader = new StreamReader(input);
    while (await reader.ReadLineAsync() is string line)
        Console.WriteLine($"read: {line}");
}
finally
{
    temp.Delete(recursive: true);
}
