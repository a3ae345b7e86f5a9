using System.Text;
using Microsoft.Win32.SafeHandles;

const int RecordSize = 16;
DirectoryInfo temp = Directory.CreateTempSubdirectory();
try
{
    string path = Path.Combine(temp.FullName, "scores.dat");
    using SafeFileHandle file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite,
        options: FileOptions.Asynchronous);

    string[] players = ["ada", "grace", "linus", "barbara"];
    // Each write names its own offset: no shared file position, so concurrent writes are safe.
    await Task.WhenAll(players.Select((name, slot) =>
        RandomAccess.WriteAsync(file, Record($"{name}:{(slot + 1) * 100}"), slot * RecordSize).AsTask()));
    Console.WriteLine($"file length: {RandomAccess.GetLength(file)} bytes");

    var buffer = new byte[RecordSize];
    int read = await RandomAccess.ReadAsync(file, buffer, fileOffset: 2 * RecordSize); // jump to slot 2
    Console.WriteLine($"slot 2: {Encoding.ASCII.GetString(buffer, 0, read).TrimEnd()}");
}
finally
{
    temp.Delete(recursive: true);
}

static byte[] Record(string text) => Encoding.ASCII.GetBytes(text.PadRight(RecordSize));
