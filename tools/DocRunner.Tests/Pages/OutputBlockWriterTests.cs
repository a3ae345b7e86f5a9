using System.Text;
using DocRunner.Discovery;
using DocRunner.Rewriting;

namespace DocRunner.Tests.Pages;

public class OutputBlockWriterTests
{
    static readonly string Root = Path.GetTempPath();

    static string Rewrite(string text, params string[] lines)
    {
        var page = PageParser.Parse(Root, "p.md", Encoding.UTF8.GetBytes(text));
        var block = page.Embeds.Count > 0 ? page.Embeds[0].Output : null;
        var edit = block is null
            ? OutputBlockWriter.Insert(page.Text, page.Embeds[0].Line, "", lines)
            : OutputBlockWriter.Replace(page.Text, block, lines);
        return OutputBlockWriter.Apply(page.Text.Text, [edit]);
    }

    // Embeds must exist for the parser to attach blocks; these pages embed the test file itself.
    static string Embed => $"[!code-csharp[](./{Path.GetFileName(Sample)})]";
    static readonly string Sample = CreateSample();

    static string CreateSample()
    {
        var path = Path.Combine(Root, "docrunner-writer-sample.cs");
        File.WriteAllText(path, "Console.WriteLine(1);");
        return path;
    }

    [Fact]
    public void Replaces_only_the_content_and_keeps_every_other_byte()
    {
        var page = $"Intro with trailing spaces   \n\n{Embed}\n\n```output   unordered\nold\n```\nafter\tTab  \n";
        var result = Rewrite(page, "new 1", "new 2");
        Assert.Equal(page.Replace("old\n", "new 1\nnew 2\n"), result);
    }

    [Fact]
    public void Keeps_crlf_line_breaks()
    {
        var page = $"{Embed}\r\n\r\n```output\r\nold\r\n```\r\n";
        Assert.Equal($"{Embed}\r\n\r\n```output\r\na\r\nb\r\n```\r\n", Rewrite(page, "a", "b"));
    }

    [Fact]
    public void Keeps_a_missing_final_newline()
    {
        var page = $"{Embed}\n\n```output\nold\n```";
        Assert.Equal($"{Embed}\n\n```output\nnew\n```", Rewrite(page, "new"));
    }

    [Fact]
    public void Grows_the_fence_when_the_output_holds_backticks()
    {
        var page = $"{Embed}\n\n```output\nold\n```\nrest\n";
        Assert.Equal($"{Embed}\n\n````output\n```\n````\nrest\n", Rewrite(page, "```"));
    }

    [Fact]
    public void Indents_lines_inside_a_list_item()
    {
        var page = $"- step\n\n  {Embed}\n\n  ```output\n  old\n  ```\n";
        Assert.Equal($"- step\n\n  {Embed}\n\n  ```output\n  a\n\n  b\n  ```\n", Rewrite(page, "a", "", "b"));
    }

    [Fact]
    public void Inserts_a_block_right_after_the_embed()
    {
        var page = $"{Embed}\n\nProse.\n";
        Assert.Equal($"{Embed}\n\n```output\nhello\n```\n\nProse.\n", Rewrite(page, "hello"));
    }

    [Fact]
    public void Inserts_after_an_embed_on_the_last_line_without_newline()
    {
        var page = $"Text\n\n{Embed}";
        Assert.Equal($"Text\n\n{Embed}\n\n```output\nhello\n```\n", Rewrite(page, "hello"));
    }

    [Fact]
    public void Keeps_a_bom_when_encoding()
    {
        var text = PageText.FromString("x", bom: true);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'y' }, text.Encode("y"));
    }

    [Fact]
    public void Rewriting_with_the_same_lines_changes_nothing()
    {
        var page = $"{Embed}\n\n```output\na\nb\n```\n";
        Assert.Equal(page, Rewrite(page, "a", "b"));
    }
}
