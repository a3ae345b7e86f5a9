using DocRunner.Pipeline;
using DocRunner.Reporting;
using DocRunner.Running;
using DocRunner.Samples;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Adversarial;

/// <summary>A cached verdict is the verdict a run without the cache would give, whatever changed and whatever the cache holds.</summary>
public class CacheTests
{
    static Task<RunReport> Cached(TestRepo repo, bool update = false) =>
        GuideRun.ExecuteAsync(new RunOptions(repo.Root, [], update, UseCache: true, TimeSpan.FromSeconds(60)));

    static string[] Entries(TestRepo repo)
    {
        var folder = Path.Combine(repo.Root, "obj", "docrunner", "cache");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json") : [];
    }

    [Fact]
    public async Task A_change_to_a_referenced_project_makes_a_cached_verify_run_the_sample_again()
    {
        using var repo = new TestRepo()
            .Write("samples/helper/Helper.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>")
            .Write("samples/helper/Greeting.cs", "public static class Greeting { public static string Text => \"one\"; }\n")
            .Sample("uses/app.cs", "#:project ../helper/Helper.csproj\nConsole.WriteLine(Greeting.Text);\n")
            .Page("uses", AdversarialAssert.PageOf(("uses/app.cs", "one")));
        (await Cached(repo)).Verified("uses/app.cs");
        Assert.Equal(1, (await Cached(repo)).SamplesCached);

        repo.Write("samples/helper/Greeting.cs", "public static class Greeting { public static string Text => \"two\"; }\n");
        var report = await Cached(repo);

        var record = report.Single("uses/app.cs");
        Assert.True(record.Status == CheckStatus.Drift, $"{record.Status}: {record.Message}\n{string.Join("\n", record.Details)}");
        Assert.Equal(0, report.SamplesCached);
    }

    [Fact]
    public async Task A_sample_that_finds_files_beside_its_source_is_never_cached_so_a_changed_data_file_is_seen()
    {
        using var repo = new TestRepo()
            .Write("samples/data/words.txt", "alpha\n")
            .Sample("data/read.cs", """
                #:property Nullable=enable
                using System.Runtime.CompilerServices;
                static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
                Console.WriteLine(File.ReadAllText(Path.Combine(Here(), "words.txt")).Trim());
                """)
            .Page("data", AdversarialAssert.PageOf(("data/read.cs", "alpha")));
        (await Cached(repo)).Verified("data/read.cs");

        repo.Write("samples/data/words.txt", "beta\n");
        var report = await Cached(repo);

        Assert.Equal(CheckStatus.Drift, report.Single("data/read.cs").Status);
        Assert.Empty(Entries(repo));
    }

    [Fact]
    public void Data_files_beside_a_sample_and_pinned_package_versions_are_part_of_its_key()
    {
        using var repo = new TestRepo()
            .Write("samples/pkg/table.csv", "1,2\n")
            .Write("samples/Directory.Packages.props", "<Project><ItemGroup><PackageVersion Include=\"Humanizer\" Version=\"2.14.1\" /></ItemGroup></Project>")
            .Sample("pkg/app.cs", "#:package Humanizer\nConsole.WriteLine(1);\n");
        SampleInputs.Inputs Key() => SampleInputs.Of(repo.Root, SampleSource.Load(repo.Root, "samples/pkg/app.cs"), TimeSpan.FromSeconds(30))!;
        var first = Key();
        Assert.Equal(first, Key());

        repo.Write("samples/Directory.Packages.props", "<Project><ItemGroup><PackageVersion Include=\"Humanizer\" Version=\"2.14.0\" /></ItemGroup></Project>");
        var pinned = Key();
        Assert.NotEqual(first.Key, pinned.Key);

        repo.Write("samples/pkg/table.csv", "1,3\n");
        Assert.NotEqual(pinned.Key, Key().Key);
    }

    [Fact]
    public void The_packages_the_last_restore_resolved_are_part_of_the_key()
    {
        using var repo = new TestRepo().Sample("pkg/resolved.cs", "#:package Humanizer@2.*\nConsole.WriteLine(1);\n");
        var file = Path.Combine(repo.Root, "samples/pkg/resolved.cs");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(file.ToUpperInvariant())));
        var artifacts = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "dotnet", "runfile", $"resolved-{hash}");
        SampleInputs.Inputs Key() => SampleInputs.Of(repo.Root, SampleSource.Load(repo.Root, "samples/pkg/resolved.cs"), TimeSpan.FromSeconds(30))!;
        try
        {
            var beforeRestore = Key();
            Directory.CreateDirectory(Path.Combine(artifacts, "obj"));
            string Assets(string version) => $$"""{ "version": 3, "libraries": { "Humanizer.Core/{{version}}": { "sha512": "x{{version}}", "type": "package" } } }""";
            File.WriteAllText(Path.Combine(artifacts, "obj", "project.assets.json"), Assets("2.14.1"));
            var restored = Key();
            File.WriteAllText(Path.Combine(artifacts, "obj", "project.assets.json"), Assets("2.15.0"));
            var newer = Key();

            Assert.Equal(beforeRestore.Build, restored.Build);
            Assert.NotEqual(beforeRestore.Key, restored.Key);
            Assert.NotEqual(restored.Key, newer.Key);
        }
        finally
        {
            if (Directory.Exists(artifacts)) Directory.Delete(artifacts, recursive: true);
        }
    }

    [Theory]
    [InlineData("{\"Key\":")]
    [InlineData("{}")]
    [InlineData("null")]
    [InlineData("[1, 2]")]
    [InlineData("\u0000\u0001garbage")]
    public async Task A_corrupt_cache_entry_is_a_miss_with_one_warning_line_and_never_a_verdict(string content)
    {
        using var repo = new TestRepo()
            .Sample("ok/a.cs", "Console.WriteLine(\"a\");\n")
            .Sample("ok/b.cs", "Console.WriteLine(\"b\");\n")
            .Page("ok", AdversarialAssert.PageOf(("ok/a.cs", "a"), ("ok/b.cs", "b")));
        await Cached(repo);
        Assert.Equal(2, Entries(repo).Length);
        foreach (var entry in Entries(repo)) File.WriteAllText(entry, content);

        var report = await Cached(repo);

        report.Verified("ok/a.cs", "ok/b.cs");
        Assert.Equal(0, report.SamplesCached);
        Assert.NotNull(report.Warning);
        Assert.DoesNotContain('\n', report.Warning);
        Assert.Contains("corrupt", report.Warning);
        Assert.Equal(2, (await Cached(repo)).SamplesCached); // rewritten by the run that ignored them
    }

    [Fact]
    public async Task A_forged_entry_under_the_right_key_is_not_believed()
    {
        using var repo = new TestRepo()
            .Sample("ok/a.cs", "Console.WriteLine(\"a\");\n")
            .Page("ok", AdversarialAssert.PageOf(("ok/a.cs", "a")));
        await Cached(repo);
        var entry = Entries(repo).Single();
        File.WriteAllText(entry, File.ReadAllText(entry).Replace(@"a\\n", @"z\\n").Replace(@"a\n", @"z\n")); // the printed "a" becomes "z"
        repo.Write("docs/ok.md", AdversarialAssert.PageOf(("ok/a.cs", "z")));

        var report = await Cached(repo);

        Assert.Equal(CheckStatus.Drift, report.Single("ok/a.cs").Status);
    }

    [Fact]
    public async Task An_unwritable_cache_is_one_warning_line_and_the_verdicts_stand()
    {
        using var repo = new TestRepo()
            .Sample("ok/a.cs", "Console.WriteLine(\"a\");\n")
            .Page("ok", AdversarialAssert.PageOf(("ok/a.cs", "a")));
        repo.Write("obj/docrunner/cache", "a file where the cache folder belongs");

        var report = await Cached(repo);

        report.Verified("ok/a.cs");
        Assert.NotNull(report.Warning);
        Assert.DoesNotContain('\n', report.Warning);
        Assert.Contains("could not write obj/docrunner/cache/", report.Warning);
    }

    [Fact]
    public async Task A_run_without_the_cache_leaves_nothing_a_later_cached_run_would_believe()
    {
        using var repo = new TestRepo()
            .Sample("ok/a.cs", "Console.WriteLine(\"a\");\n")
            .Page("ok", AdversarialAssert.PageOf(("ok/a.cs", "a")));

        (await repo.Verify()).Verified("ok/a.cs");

        Assert.Empty(Entries(repo));
    }
}
