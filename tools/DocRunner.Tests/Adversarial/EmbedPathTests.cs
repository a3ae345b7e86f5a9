using DocRunner.Reporting;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Adversarial;

/// <summary>
/// Embeds that try to read files outside the repository: by climbing, by absolute paths, by escaping, and through
/// symbolic links to files and directories. None may be read or run; links that stay inside keep working.
/// </summary>
public sealed class EmbedPathTests : IDisposable
{
    readonly string outside = Directory.CreateTempSubdirectory("docrunner-outside-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(outside, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Embeds_leaving_the_repository_are_refused_unread_and_links_inside_it_still_run()
    {
        const string Secret = "SECRET-FROM-OUTSIDE";
        File.WriteAllText(Path.Combine(outside, "secret.cs"), $"Console.WriteLine(\"{Secret}\");\n#region r\n#endregion\n");
        var outsideName = Path.GetFileName(outside);

        using var repo = new TestRepo()
            .Sample("real/ok.cs", "Console.WriteLine(\"real ok\");\n#region r\nConsole.WriteLine(\"region r\");\n#endregion\n");
        var repoName = Path.GetFileName(repo.Root);
        var samples = Path.Combine(repo.Root, "samples");
        File.CreateSymbolicLink(Path.Combine(samples, "out-file.cs"), Path.Combine(outside, "secret.cs"));
        File.CreateSymbolicLink(Path.Combine(samples, "out-relative.cs"), $"../../{outsideName}/secret.cs");
        Directory.CreateSymbolicLink(Path.Combine(samples, "out-dir"), outside);
        Directory.CreateSymbolicLink(Path.Combine(samples, "etc"), "/etc");
        File.CreateSymbolicLink(Path.Combine(samples, "chain.cs"), "chain2.cs");
        File.CreateSymbolicLink(Path.Combine(samples, "chain2.cs"), Path.Combine(outside, "secret.cs"));
        File.CreateSymbolicLink(Path.Combine(samples, "dangling.cs"), "nowhere.cs");
        File.CreateSymbolicLink(Path.Combine(samples, "loop.cs"), "loop.cs");
        // Links that stay inside the repository.
        Directory.CreateSymbolicLink(Path.Combine(samples, "in-dir"), "real");
        File.CreateSymbolicLink(Path.Combine(samples, "in-file.cs"), "real/ok.cs");

        (string Target, string Why)[] refused =
        [
            ("../../../../../../../../../../../../etc/passwd", "points outside the repository"),
            ($"../../{outsideName}/secret.cs", "points outside the repository"),
            ($"../samples/../../{outsideName}/secret.cs#r", "points outside the repository"),
            ($"%2E%2E/%2E%2E/{outsideName}/secret.cs", "points outside the repository"),
            ($"..%2F..%2F{outsideName}%2Fsecret.cs", "points outside the repository"),
            ("/etc/passwd", "is absolute"),
            ($"{outside}/secret.cs", "is absolute"),
            ("%2Fetc%2Fpasswd", "is absolute"),
            ("~/secret.cs", "is absolute"),
            ("file:///etc/passwd", "is absolute"),
            ("../samples/real/ok.cs%00.txt", "holds a NUL character"),
            ("../samples/out-file.cs", "is a link to a file outside the repository"),
            ("../samples/out-relative.cs", "is a link to a file outside the repository"),
            ("../samples/out-dir/secret.cs", "is a link to a file outside the repository"),
            ("../samples/out-dir/secret.cs#r", "is a link to a file outside the repository"),
            ("../samples/etc/passwd", "is a link to a file outside the repository"),
            ("../samples/chain.cs", "is a link to a file outside the repository"),
            ("../samples/dangling.cs", "does not exist"),
            ("../samples/loop.cs", "is a loop of symbolic links"),
        ];
        repo.Page("refused", string.Join("\n", refused.Select(r => $"[!code-csharp[]({r.Target})]\n")));
        repo.Page("linked", AdversarialAssert.PageOf(("real/ok.cs", "real ok\nregion r"), ("in-dir/ok.cs", "real ok\nregion r"),
            ("in-file.cs", "real ok\nregion r"), ("real/ok.cs#r", "region r")) +
            $"\n[!code-csharp[samples/real/ok.cs](../../{repoName}/samples/real/ok.cs)]\n\n```output\nreal ok\nregion r\n```\n");
        var before = TreeSnapshot.Of(repo);

        var report = await repo.Update();

        for (var i = 0; i < refused.Length; i++)
        {
            var line = 1 + 2 * i;
            var record = report.Records.SingleOrDefault(r => r.Page == "docs/refused.md" && r.Line == line && r.Kind == "embed");
            Assert.True(record is not null, $"no record for line {line}: {refused[i].Target}");
            Assert.True(record.Status == CheckStatus.BrokenEmbed && record.Message.Contains(refused[i].Why),
                $"{refused[i].Target}: {record.Status}: {record.Message}");
        }
        Assert.DoesNotContain(report.Records, r => string.Join("\n", [r.Message, .. r.Details]).Contains(Secret));
        Assert.Equal(3, report.SamplesRun); // samples/real/ok.cs, samples/in-dir/ok.cs and samples/in-file.cs
        report.Verified("real/ok.cs", "in-dir/ok.cs", "in-file.cs");
        before.AssertUnchanged();
    }
}
