using DocRunner.Reporting;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Adversarial;

/// <summary>Samples that wait for input nobody gives, or write where they please.</summary>
public class InputAndFileSystemTests
{
    const string ReadEverything = """
        Console.WriteLine($"ReadLine: {Console.ReadLine() ?? "null"}");
        Console.WriteLine($"Read: {Console.Read()}");
        Console.WriteLine($"ReadToEnd: '{Console.In.ReadToEnd()}'");
        Console.WriteLine($"ReadLineAsync: {await Console.In.ReadLineAsync() ?? "null"}");
        var lines = 0;
        while (Console.ReadLine() is not null) lines++;
        Console.WriteLine($"lines: {lines}");
        """;

    const string ReadEverythingShows = "ReadLine: null\nRead: -1\nReadToEnd: ''\nReadLineAsync: null\nlines: 0";

    [Fact]
    public async Task Samples_reading_stdin_see_its_end_at_once_and_never_hang()
    {
        using var repo = new TestRepo()
            .Sample("in/shared.cs", ReadEverything)
            .Sample("in/raw.cs", $$"""
                using (var raw = Console.OpenStandardInput())
                    Console.WriteLine($"raw bytes: {raw.Read(new byte[16])}");
                using (var reader = new StreamReader(Console.OpenStandardInput()))
                    Console.WriteLine($"reader: {await reader.ReadToEndAsync() == ""}");
                {{ReadEverything}}
                """)
            .Sample("in/readkey.cs", "Console.WriteLine(\"press a key\");\nvar key = Console.ReadKey(intercept: true);\nConsole.WriteLine(key.KeyChar);\n")
            .Sample("good/ok.cs", "await Task.Delay(50);\nConsole.WriteLine(\"still verified\");\n")
            .Page("in", AdversarialAssert.PageOf(("in/shared.cs", ReadEverythingShows),
                ("in/raw.cs", "raw bytes: 0\nreader: True\n" + ReadEverythingShows), ("in/readkey.cs", "press a key"), ("good/ok.cs", "still verified")))
            .Page("good", AdversarialAssert.PageOf(("good/ok.cs", "still verified")));
        var before = TreeSnapshot.Of(repo);

        var report = await repo.Run(update: true, [], timeoutSeconds: 10);

        // As with `dotnet run < /dev/null`: no key can be read from input that is not a terminal.
        report.Clear("in/readkey.cs", CheckStatus.RuntimeError, "System.InvalidOperationException");
        report.Verified("in/shared.cs", "in/raw.cs", "good/ok.cs");
        before.AssertUnchanged();
    }

    [Fact]
    public async Task Files_and_directory_changes_stay_in_each_samples_own_folder_and_never_reach_the_repository()
    {
        string Writer(string letter) => $$"""
            Console.WriteLine($"starts empty: {Directory.GetFileSystemEntries(".").Length == 0}");
            Console.WriteLine($"repository not visible: {!File.Exists("docfx.json") && !Directory.Exists("docs") && !Directory.Exists("../docs")}");
            File.WriteAllText("note.txt", "{{letter}}");
            var home = Directory.GetCurrentDirectory();
            Directory.CreateDirectory("sub/deeper");
            Directory.SetCurrentDirectory("sub/deeper");
            File.WriteAllText("inner.txt", "{{letter}}");
            Environment.CurrentDirectory = "..";
            File.WriteAllText("../escaped-{{letter}}.txt", "{{letter}}");
            Thread.Sleep(300);
            Console.WriteLine($"own note: {File.ReadAllText(Path.Combine(home, "note.txt"))}");
            Console.WriteLine($"files: {string.Join(" ", Directory.GetFiles(home, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(home, f)).Order())}");
            Directory.SetCurrentDirectory("/");
            Console.WriteLine($"now at the root: {Environment.CurrentDirectory == "/"}");
            """;
        string Shows(string letter) =>
            $"starts empty: True\nrepository not visible: True\nown note: {letter}\nfiles: escaped-{letter}.txt note.txt sub/deeper/inner.txt\nnow at the root: True";

        using var repo = new TestRepo()
            .Sample("fs/a.cs", Writer("A"))
            .Sample("fs/b.cs", Writer("B"))
            // A shared-worker sample running meanwhile: its directory is neither "/" nor where the writers went.
            .Sample("fs/observer.cs", """
                var start = Path.GetFullPath(".");
                var same = true;
                for (var i = 0; i < 20; i++) { await Task.Delay(30); same &= Path.GetFullPath(".") == start && start != "/"; }
                Console.WriteLine($"directory unchanged: {same}");
                """)
            .Sample("fs/denied.cs", "File.WriteAllText(\"/proc/docrunner-cannot-write-here\", \"x\");\n")
            .Page("fs", AdversarialAssert.PageOf(("fs/a.cs", Shows("A")), ("fs/b.cs", Shows("B")), ("fs/observer.cs", "directory unchanged: True"),
                ("fs/denied.cs", "")));
        var before = TreeSnapshot.Of(repo);
        var testDirectory = Directory.GetCurrentDirectory();
        var testDirectoryFiles = Directory.GetFileSystemEntries(testDirectory).Order().ToList();

        var report = await repo.Run(update: true, [], timeoutSeconds: 15);

        report.Clear("fs/denied.cs", CheckStatus.RuntimeError, "docrunner-cannot-write-here");
        report.Verified("fs/a.cs", "fs/b.cs", "fs/observer.cs");
        before.AssertUnchanged();
        Assert.Equal(testDirectory, Directory.GetCurrentDirectory());
        Assert.Equal(testDirectoryFiles, Directory.GetFileSystemEntries(testDirectory).Order().ToList());
    }
}
