// The entry point written out in full. Top-level statements that use await
// compile to an equivalent Main, which is what every other sample relies on.
class Program
{
    static async Task<int> Main(string[] args)
    {
        Console.WriteLine("Main starts");
        string settings = await LoadSettingsAsync();
        Console.WriteLine($"loaded {settings}");
        return 0; // becomes the process exit code once the task completes
    }

    static async Task<string> LoadSettingsAsync()
    {
        await Task.Delay(100);
        return "3 settings";
    }
}
