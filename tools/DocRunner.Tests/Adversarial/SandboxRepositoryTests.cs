using DocRunner.Running.Workers;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Adversarial;

/// <summary>A sample that knows where the repository is tries to deface, delete and plant pages: the repository is read-only to it.</summary>
public class SandboxRepositoryTests
{
    [Fact]
    public async Task Samples_sessions_and_dotnet_run_cannot_write_or_delete_pages()
    {
        using var repo = new TestRepo();
        var target = Path.Combine(repo.Root, "docs", "target.md");
        var planted = Path.Combine(repo.Root, "docs", "planted.md");
        var attacker = $$"""
            foreach (var (what, act) in new (string, Action)[] {
                ("write", () => File.WriteAllText(@"{{target}}", "defaced")),
                ("delete", () => File.Delete(@"{{target}}")),
                ("create", () => File.WriteAllText(@"{{planted}}", "planted")) })
            {
                try { act(); Console.WriteLine($"{what}: done"); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { Console.WriteLine($"{what}: refused"); }
            }
            """;
        repo.Sample("ro/worker.cs", attacker)
            .Sample("ro/dotnet_run.cs", "#:property Nullable=enable\n" + attacker)
            .Page("target", "# Target\n\nThis page must stay as it is.\n")
            .Page("ro", $$"""
                {{TestRepo.Embed("ro/worker.cs")}}

                {{TestRepo.Embed("ro/dotnet_run.cs")}}

                ```csharp-interactive
                > string Try(Action act) { try { act(); return "done"; } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return "refused"; } }
                > Try(() => File.Delete(@"{{target}}"))
                ```
                """);
        var page = repo.ReadBytes("docs/target.md");
        var samples = (repo.ReadBytes("samples/ro/worker.cs"), repo.ReadBytes("samples/ro/dotnet_run.cs"));

        await repo.Update();

        Assert.Null(Sandbox.Note);
        Assert.True(File.Exists(target), "the target page was deleted");
        Assert.Equal(page, repo.ReadBytes("docs/target.md"));
        Assert.False(File.Exists(planted), "a page was planted");
        Assert.Equal(samples.Item1, repo.ReadBytes("samples/ro/worker.cs"));
        Assert.Equal(samples.Item2, repo.ReadBytes("samples/ro/dotnet_run.cs"));
        var written = repo.Read("docs/ro.md");
        Assert.Equal(2, written.Split("write: refused\ndelete: refused\ncreate: refused\n").Length - 1);
        Assert.Contains("\"refused\"", written);
        Assert.DoesNotContain(": done", written);
        Assert.DoesNotContain("\n\"done\"\n", written);
    }
}
