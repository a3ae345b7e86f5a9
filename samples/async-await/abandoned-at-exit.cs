Task upload = UploadAsync();   // started, but nobody waits for it
await Task.Delay(100);
Console.WriteLine("main ends: the process exits now");

static async Task UploadAsync()
{
    try
    {
        Console.WriteLine("upload starts");
        await Task.Delay(500);
        Console.WriteLine("upload finished");
    }
    finally
    {
        Console.WriteLine("upload cleanup");
    }
}
