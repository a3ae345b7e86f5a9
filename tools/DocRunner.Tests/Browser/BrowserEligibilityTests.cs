using System.Text;
using DocRunner.Discovery;
using DocRunner.Publishing.Browser;
using DocRunner.Samples;

namespace DocRunner.Tests.Browser;

public class BrowserEligibilityTests : IDisposable
{
    readonly string root = Directory.CreateTempSubdirectory("docrunner-browser-").FullName;
    const string Marked = "\u001edocrunner-enter:two\u001e2\n\u001edocrunner-exit:two\u001e";

    public BrowserEligibilityTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "docs"));
        Directory.CreateDirectory(Path.Combine(root, "samples/a"));
        File.WriteAllText(Path.Combine(root, "samples/a/x.cs"),
            "Console.WriteLine(1);\n#region two\nConsole.WriteLine(2);\n#endregion\n");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    Embed EmbedOf(string target, string output) =>
        PageParser.Parse(root, "docs/p.md", Encoding.UTF8.GetBytes($"# T\n\n[!code-csharp[](../samples/a/{target})]\n\n{output}")).Embeds.Single();

    static BrowserOutput Printed(string stdout, string stderr = "", string? failure = null) => new("samples/a/x.cs", stdout, stderr, 0, failure);

    [Fact]
    public void An_embed_runs_only_when_the_browser_printed_its_verified_output()
    {
        var embed = EmbedOf("x.cs", "```output\n1\n2\n```\n");

        Assert.True(BrowserEligibility.Judge(embed, null, null, Printed("1\n" + Marked)).Run);
        var differs = BrowserEligibility.Judge(embed, null, null, Printed("1\n3\n"));
        Assert.False(differs.Run);
        Assert.Equal("prints different output in the browser", differs.Reason);
    }

    [Fact]
    public void A_region_embed_is_compared_with_what_its_region_printed()
    {
        var embed = EmbedOf("x.cs#two", "```output\n2\n```\n");

        Assert.True(BrowserEligibility.Judge(embed, null, null, Printed("1\n" + Marked)).Run);
        Assert.False(BrowserEligibility.Judge(embed, null, null, Printed("1\n2\n")).Run);
    }

    [Fact]
    public void Output_modes_of_the_page_apply_in_the_browser_too()
    {
        var embed = EmbedOf("x.cs", "```output unordered\n2\n1\n```\n");

        Assert.True(BrowserEligibility.Judge(embed, null, null, Printed("1\n2\n")).Run);
    }

    [Fact]
    public void A_sample_that_was_not_tried_or_failed_says_why_in_one_line()
    {
        var embed = EmbedOf("x.cs", "```output\n1\n2\n```\n");

        Assert.Equal("starts a web server", BrowserEligibility.Judge(embed, "starts a web server", null, null).Reason);
        Assert.Equal("was not run in a browser in this build", BrowserEligibility.Judge(embed, null, null, null).Reason);
        Assert.Equal("blocks a thread (Task.Wait)",
            BrowserEligibility.Judge(embed, null, "uses Task.Wait", Printed("", "PlatformNotSupportedException", "x")).Reason);
        Assert.Equal("did not finish within 45 s", BrowserEligibility.Judge(embed, null, null, Printed("1\n", "", "did not finish within 45 s")).Reason);
    }

    [Fact]
    public void An_embed_without_an_output_block_gets_neither_Run_nor_a_reason()
    {
        var label = BrowserEligibility.Judge(EmbedOf("x.cs", ""), null, null, Printed("1\n2\n"));

        Assert.False(label.Run);
        Assert.Null(label.Reason);
    }

    [Theory]
    [InlineData("uses Thread.new", "", "needs threads (Thread.new)")]
    [InlineData("uses Parallel", "", "needs threads (Parallel)")]
    [InlineData("uses Thread.Sleep", "", "blocks a thread (Thread.Sleep)")]
    [InlineData("uses Task.Result", "", "blocks a thread (Task.Result)")]
    [InlineData("uses SemaphoreSlim.Wait", "", "blocks a thread (SemaphoreSlim.Wait)")]
    [InlineData("uses File", "", "uses the file system (File)")]
    [InlineData("uses StreamWriter.new", "", "uses the file system (StreamWriter.new)")]
    [InlineData(null, "Cannot wait on monitors on this runtime.", "blocks a thread")]
    [InlineData(null, "System.PlatformNotSupportedException: x", "uses an API the browser does not support")]
    [InlineData("uses Console.SetOut", "", null)]
    public void Reasons_name_the_kind_of_thing_the_browser_cannot_do(string? isolation, string stderr, string? expected) =>
        Assert.Equal(expected, BrowserEligibility.Category(isolation, stderr));

    [Fact]
    public void Packages_and_web_servers_are_not_tried()
    {
        Assert.Equal("uses packages", BrowserEligibility.ReasonNotToTry(SampleSource.Parse("a.cs", "a.cs", "#:package Polly@8.0.0\n")));
        Assert.Equal("starts a web server", BrowserEligibility.ReasonNotToTry(SampleSource.Parse("a.cs", "a.cs", "#:sdk Microsoft.NET.Sdk.Web\n")));
        Assert.Null(BrowserEligibility.ReasonNotToTry(SampleSource.Parse("a.cs", "a.cs", "Console.WriteLine(1);\n")));
    }
}
