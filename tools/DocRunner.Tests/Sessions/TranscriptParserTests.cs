using System.Text;
using DocRunner.Discovery;
using DocRunner.Sessions;

namespace DocRunner.Tests.Sessions;

public class TranscriptParserTests
{
    static Transcript Parse(params string[] lines) => TranscriptParser.Parse(lines, firstPageLine: 10);

    [Fact]
    public void Multi_line_submissions_continue_with_dot_prompts()
    {
        var transcript = Parse(
            "> var list = new List<int>();",
            "> foreach (var i in new[] { 1, 2 })",
            ". {",
            ".     list.Add(i);",
            ". }",
            "> list.Count",
            "2");
        Assert.Empty(transcript.Problems);
        Assert.Equal(3, transcript.Submissions.Count);
        var loop = transcript.Submissions[1];
        Assert.Equal("foreach (var i in new[] { 1, 2 })\n{\n    list.Add(i);\n}", loop.Code);
        Assert.Equal(11, loop.PageLine);
        Assert.Equal(4, loop.LineCount);
        Assert.Empty(loop.Results);
        Assert.Equal(["> foreach (var i in new[] { 1, 2 })", ". {", ".     list.Add(i);", ". }"], loop.PromptLines);
        Assert.Equal(15, transcript.Submissions[2].PageLine);
        Assert.Equal(["2"], transcript.Submissions[2].Results);
    }

    [Fact]
    public void Submissions_without_results_have_empty_results()
    {
        var transcript = Parse("> var t = Task.Delay(200);", "> await t;", ">", "> t.IsCompleted", "true");
        Assert.Equal(4, transcript.Submissions.Count);
        Assert.All(transcript.Submissions.Take(3), s => Assert.Empty(s.Results));
        Assert.Equal("", transcript.Submissions[2].Code);
        Assert.Equal(4, transcript.Submissions[3].ResultStart);
    }

    [Fact]
    public void Console_output_and_values_are_all_result_lines_of_their_submission()
    {
        var transcript = Parse(
            "> Console.WriteLine(\"hello\"); Console.WriteLine(\"  indented\"); 42",
            "hello",
            "  indented",
            "42",
            "",
            "> \"done\"",
            "\"done\"");
        var first = transcript.Submissions[0];
        Assert.Equal(["hello", "  indented", "42", ""], first.Results);
        Assert.Equal(3, first.ResultCount);
        Assert.Equal(1, first.ResultStart);
        Assert.Equal(["\"done\""], transcript.Submissions[1].Results);
    }

    [Fact]
    public void A_dot_line_after_a_result_is_a_result_and_prompts_need_their_space()
    {
        var transcript = Parse("> Console.WriteLine(\"x\")", "x", ". not a continuation", ">not a prompt");
        var only = Assert.Single(transcript.Submissions);
        Assert.Equal("Console.WriteLine(\"x\")", only.Code);
        Assert.Equal(["x", ". not a continuation", ">not a prompt"], only.Results);
    }

    [Fact]
    public void Text_before_the_first_submission_and_empty_blocks_are_problems()
    {
        var stray = Parse("", "var x = 1;", "> x");
        var problem = Assert.Single(stray.Problems);
        Assert.Equal(11, problem.PageLine);
        Assert.Single(stray.Submissions);

        var empty = Parse("", "");
        Assert.Equal(9, Assert.Single(empty.Problems).PageLine);
    }

    [Fact]
    public void Lines_that_would_read_as_prompts_cannot_be_written_as_results()
    {
        Assert.NotNull(TranscriptParser.Unrepresentable(["ok", "> quoted"]));
        Assert.NotNull(TranscriptParser.Unrepresentable([">"]));
        Assert.NotNull(TranscriptParser.Unrepresentable([". first"]));
        Assert.Null(TranscriptParser.Unrepresentable(["ok", ". later", ">x"]));
    }

    [Fact]
    public void Blocks_are_found_in_pages_with_their_page_lines_and_options()
    {
        var text = "# T\n\n> Quoted:\n>\n> ```csharp-interactive timeout=5\n> > 1 + 1\n> 2\n> ```\n\n- item\n\n  ```csharp-interactive\n  > \"a\"\n  \"a\"\n  ```\n";
        var page = PageParser.Parse(Path.GetTempPath(), "p.md", Encoding.UTF8.GetBytes(text));
        Assert.Equal(2, page.Sessions.Count);
        var quoted = TranscriptParser.Parse(page.Sessions[0].Block);
        Assert.Equal(6, quoted.Submissions[0].PageLine);
        Assert.Equal("1 + 1", quoted.Submissions[0].Code);
        Assert.Equal(["2"], quoted.Submissions[0].Results);
        Assert.Equal(TimeSpan.FromSeconds(5), SessionInfo.Timeout(page.Sessions[0].Block.Info, out var problems));
        Assert.Empty(problems);
        var listed = TranscriptParser.Parse(page.Sessions[1].Block);
        Assert.Equal(13, listed.Submissions[0].PageLine);
        Assert.Equal(["\"a\""], listed.Submissions[0].Results);

        Assert.Null(SessionInfo.Timeout("csharp-interactive unordered", out var unknown));
        Assert.Single(unknown);
    }
}
