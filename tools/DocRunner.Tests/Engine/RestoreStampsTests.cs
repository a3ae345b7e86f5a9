using DocRunner.Reporting;
using DocRunner.Running;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Engine;

public class RestoreStampsTests
{
    [Fact]
    public void A_restore_is_skipped_only_while_directives_and_build_files_are_unchanged()
    {
        using var repo = new TestRepo().Sample("pkg/app.cs", "#:property Nullable=disable\nConsole.WriteLine(1);\n");
        var file = Path.Combine(repo.Root, "samples/pkg/app.cs");
        var stamps = new RestoreStamps(repo.Root);

        var inputs = RestoreStamps.InputsOf(file);
        Assert.False(stamps.IsRestored(file, inputs));
        stamps.Record(file, inputs);
        Assert.True(stamps.IsRestored(file, RestoreStamps.InputsOf(file)));

        repo.Sample("pkg/app.cs", "#:property Nullable=disable\nConsole.WriteLine(2); // code only\n");
        Assert.True(stamps.IsRestored(file, RestoreStamps.InputsOf(file)));

        repo.Sample("pkg/app.cs", "#:property Nullable=enable\nConsole.WriteLine(2);\n");
        Assert.False(stamps.IsRestored(file, RestoreStamps.InputsOf(file)));

        repo.Sample("pkg/app.cs", "#:property Nullable=disable\nConsole.WriteLine(2);\n");
        Assert.True(stamps.IsRestored(file, RestoreStamps.InputsOf(file)));
        repo.Write("samples/Directory.Build.props", "<Project><PropertyGroup><PublishAot>false</PublishAot><X>1</X></PropertyGroup></Project>");
        Assert.False(stamps.IsRestored(file, RestoreStamps.InputsOf(file)));
    }

    [Fact]
    public async Task A_sample_built_with_the_real_sdk_runs_again_from_its_stamp_and_is_rebuilt_when_its_directive_changes()
    {
        using var repo = new TestRepo()
            .Sample("pkg/app.cs", "#:property Nullable=disable\nstring s = null;\nConsole.WriteLine(s is null ? \"first\" : s);\n")
            .Page("p", TestRepo.Embed("pkg/app.cs") + "\n");
        await repo.Update();
        Assert.Contains("first", repo.Read("docs/p.md"));
        Assert.Single(Directory.GetFiles(Path.Combine(repo.Root, "obj/docrunner/restored")));

        var second = await repo.Verify();
        Assert.Equal(CheckStatus.Passed, second.Single("pkg/app.cs").Status);

        repo.Sample("pkg/app.cs", "#:property Nullable=disable\n#:property DefineConstants=$(DefineConstants);EXTRA\n" +
            "#if EXTRA\nConsole.WriteLine(\"second\");\n#endif\n");
        await repo.Update();
        Assert.Contains("second", repo.Read("docs/p.md"));
        Assert.DoesNotContain("first", repo.Read("docs/p.md"));
    }
}
