using DocRunner.Discovery;
using System.Text;

namespace DocRunner.Tests.Pages;

public class PageParserTests : IDisposable
{
    readonly string root = Directory.CreateTempSubdirectory("docrunner-parse-").FullName;

    public PageParserTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "docs"));
        Directory.CreateDirectory(Path.Combine(root, "samples/a"));
        File.WriteAllText(Path.Combine(root, "samples/a/x.cs"), "// <one>\nConsole.WriteLine(1);\n// </one>\n");
    }

    Page Parse(string text) => PageParser.Parse(root, "docs/p.md", Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Output_block_belongs_to_the_embed_above_it()
    {
        var page = Parse("# T\n\n[!code-csharp[](../samples/a/x.cs#one)]\n\nText.\n\n```output\n1\n```\n");
        var embed = Assert.Single(page.Embeds);
        Assert.Equal("samples/a/x.cs", embed.SamplePath);
        Assert.Equal("one", embed.Region);
        Assert.Equal(3, embed.Line);
        Assert.Equal(["1"], embed.Output!.ContentLines);
        Assert.Empty(page.Problems);
    }

    [Fact]
    public void A_heading_ends_the_embed_so_a_later_output_block_is_an_orphan()
    {
        var page = Parse("[!code-csharp[](../samples/a/x.cs)]\n\n## Next\n\n```output\n1\n```\n");
        Assert.Null(page.Embeds[0].Output);
        var problem = Assert.Single(page.Problems);
        Assert.Equal(5, problem.Line);
        Assert.Contains("no embed before it", problem.Message);
    }

    [Fact]
    public void Only_the_first_output_block_after_an_embed_is_its_output()
    {
        var page = Parse("[!code-csharp[](../samples/a/x.cs)]\n\n```output\n1\n```\n\n```output\n2\n```\n");
        Assert.Equal(["1"], page.Embeds[0].Output!.ContentLines);
        Assert.Single(page.Problems);
    }

    [Fact]
    public void Finds_embeds_and_output_blocks_inside_lists_and_quotes()
    {
        var page = Parse("- item\n\n  [!code-csharp[](../samples/a/x.cs)]\n\n  ```output\n  1\n  ```\n\n> [!code-csharp[](../samples/a/x.cs)]\n>\n> ```output\n> 2\n> ```\n");
        Assert.Equal(2, page.Embeds.Count);
        Assert.Equal("  ", page.Embeds[0].Output!.Prefix);
        Assert.Equal(["1"], page.Embeds[0].Output!.ContentLines);
        Assert.Equal("> ", page.Embeds[1].Output!.Prefix);
        Assert.Equal(["2"], page.Embeds[1].Output!.ContentLines);
    }

    [Fact]
    public void Reads_crlf_pages_and_a_bom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("[!code-csharp[](../samples/a/x.cs)]\r\n\r\n```output\r\n1\r\n```\r\n")).ToArray();
        var page = PageParser.Parse(root, "docs/p.md", bytes);
        Assert.True(page.Text.HasBom);
        Assert.Equal("\r\n", page.Text.NewLine);
        Assert.Equal(["1"], page.Embeds[0].Output!.ContentLines);
    }

    [Fact]
    public void A_longer_fence_holds_backticks_as_content()
    {
        var page = Parse("[!code-csharp[](../samples/a/x.cs)]\n\n`````output\n```\nnot a fence\n```\n`````\n");
        Assert.Equal(["```", "not a fence", "```"], page.Embeds[0].Output!.ContentLines);
        Assert.Equal(5, page.Embeds[0].Output!.FenceLength);
    }

    [Fact]
    public void An_unclosed_output_block_is_reported_and_never_rewritten()
    {
        var page = Parse("[!code-csharp[](../samples/a/x.cs)]\n\n```output\n1\n");
        Assert.Null(page.Embeds[0].Output);
        Assert.Contains(page.Problems, p => p.Message.Contains("never closed"));
    }

    [Fact]
    public void Inline_csharp_blocks_are_collected_with_their_opt_out()
    {
        var page = Parse("```csharp\nvar x = 1;\n```\n\n```csharp fragment\nfoo(\n```\n");
        Assert.Equal(2, page.InlineCode.Count);
        Assert.False(page.InlineCode[0].IsFragment);
        Assert.True(page.InlineCode[1].IsFragment);
        Assert.Equal(2, page.InlineCode[0].FirstLine);
    }

    [Theory]
    [InlineData("../../../etc/passwd", "outside the repository")]
    [InlineData("/etc/passwd", "absolute")]
    [InlineData("../samples/a/missing.cs", "does not exist")]
    [InlineData("../samples/a/x.cs#bad!name", "not a valid region")]
    public void Refuses_embeds_that_leave_the_tree_or_point_nowhere(string target, string message)
    {
        var page = Parse($"[!code-csharp[]({target})]\n");
        Assert.Contains(message, Assert.Single(page.Embeds).Broken!.Message);
    }

    [Fact]
    public void Refuses_a_symlink_that_leads_out_of_the_tree()
    {
        var outside = Path.Combine(Directory.CreateTempSubdirectory("docrunner-outside-").FullName, "secret.cs");
        File.WriteAllText(outside, "Console.WriteLine(1);");
        File.CreateSymbolicLink(Path.Combine(root, "samples/a/link.cs"), outside);
        var page = Parse("[!code-csharp[](../samples/a/link.cs)]\n");
        Assert.Contains("link to a file outside", page.Embeds[0].Broken!.Message);
    }

    [Fact]
    public void A_line_range_embed_is_a_view()
    {
        var page = Parse("[!code-csharp[](../samples/a/x.cs#L1-L2)]\n");
        Assert.True(page.Embeds[0].IsLineRange);
        Assert.Null(page.Embeds[0].Region);
    }

    public void Dispose() => Directory.Delete(root, true);
}
