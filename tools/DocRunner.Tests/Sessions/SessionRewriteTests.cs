using System.Text;
using DocRunner.Discovery;
using DocRunner.Reporting;
using DocRunner.Rewriting;
using DocRunner.Sessions;

namespace DocRunner.Tests.Sessions;

/// <summary>Judging and rewriting a session against given displays (no process runs): byte-exact, in place, idempotent.</summary>
public class SessionRewriteTests
{
    static Page Load(byte[] bytes) => PageParser.Parse(Path.GetTempPath(), "p.md", bytes);

    static SessionCheck Check(Page page, params string[] displays)
    {
        var session = Assert.Single(page.Sessions);
        var transcript = TranscriptParser.Parse(session.Block);
        Assert.Empty(transcript.Problems);
        var run = new SessionRun(SessionEnd.Completed, [.. displays.Select(d => new SubmissionResult(SubmissionKind.Ran, d))], "", 1, false);
        return new SessionCheck(session, transcript, TimeSpan.FromSeconds(30), [], run);
    }

    /// <summary>Updates the page with the displays, checks a second judgement passes, and returns the new bytes.</summary>
    static byte[] Update(byte[] bytes, params string[] displays)
    {
        var page = Load(bytes);
        var (records, edit) = SessionVerdicts.Judge(page, Check(page, displays), updating: true);
        Assert.Equal(CheckStatus.Updated, Assert.Single(records).Status);
        Assert.NotNull(edit);
        var updated = page.Text.Encode(OutputBlockWriter.Apply(page.Text.Text, [edit]));

        var again = Load(updated);
        var (second, none) = SessionVerdicts.Judge(again, Check(again, displays), updating: true);
        Assert.Equal(CheckStatus.Passed, Assert.Single(second).Status);
        Assert.Null(none);
        return updated;
    }

    static byte[] Bytes(string text, bool bom = false) => PageText.FromString(text, bom).Bytes;

    [Fact]
    public void Only_the_differing_result_lines_change()
    {
        var text = "Intro  \n\n```csharp-interactive\n> var t = Task.Delay(200);\n> t.IsCompleted\nfalse\n> await t;\n> t.IsCompleted\nmaybe\n\n> t.Status\n```\nafter\n";
        var updated = Update(Bytes(text), "", "false\n", "", "true\n", "RanToCompletion\n");
        Assert.Equal(text.Replace("maybe\n", "true\n").Replace("> t.Status\n", "> t.Status\nRanToCompletion\n"),
            Encoding.UTF8.GetString(updated));
    }

    [Fact]
    public void Crlf_page_with_bom_keeps_its_line_breaks_and_bom()
    {
        var text = "# T\r\n\r\n```csharp-interactive\r\n> 1 + 1\r\n3\r\n> Console.WriteLine(\"a\\nb\")\r\n```\r\n";
        var updated = Update(Bytes(text, bom: true), "2\n", "a\nb\n");
        Assert.Equal([0xEF, 0xBB, 0xBF], updated[..3]);
        Assert.Equal("# T\r\n\r\n```csharp-interactive\r\n> 1 + 1\r\n2\r\n> Console.WriteLine(\"a\\nb\")\r\na\r\nb\r\n```\r\n",
            Encoding.UTF8.GetString(updated[3..]));
    }

    [Fact]
    public void Blockquote_and_list_prefixes_are_kept_on_new_lines()
    {
        var quoted = "> Note:\n>\n> ```csharp-interactive\n> > Console.WriteLine(\"x\\n\\ny\")\n> old\n> ```\n";
        Assert.Equal("> Note:\n>\n> ```csharp-interactive\n> > Console.WriteLine(\"x\\n\\ny\")\n> x\n>\n> y\n> ```\n",
            Encoding.UTF8.GetString(Update(Bytes(quoted), "x\n\ny\n")));

        var listed = "1. Step\n\n   ```csharp-interactive\n   > \"a\"\n   > 2 * 3\n   5\n   ```\n";
        Assert.Equal("1. Step\n\n   ```csharp-interactive\n   > \"a\"\n   \"a\"\n   > 2 * 3\n   6\n   ```\n",
            Encoding.UTF8.GetString(Update(Bytes(listed), "\"a\"\n", "6\n")));
    }

    [Fact]
    public void The_fence_grows_when_a_result_holds_a_fence()
    {
        var text = "```csharp-interactive\n> Console.WriteLine(\"```\")\n```\n";
        Assert.Equal("````csharp-interactive\n> Console.WriteLine(\"```\")\n```\n````\n", Encoding.UTF8.GetString(Update(Bytes(text), "```\n")));
    }

    [Fact]
    public void Verify_reports_drift_at_the_first_differing_submission_with_a_transcript_diff()
    {
        var page = Load(Bytes("# T\n\n```csharp-interactive\n> 1\n1\n> 2\n3\n> 4\n4\n```\n"));
        var (records, edit) = SessionVerdicts.Judge(page, Check(page, "1\n", "2\n", "4\n"), updating: false);
        var record = Assert.Single(records);
        Assert.Null(edit);
        Assert.Equal(CheckStatus.Drift, record.Status);
        Assert.Equal("session", record.Kind);
        Assert.Equal(6, record.Line);
        Assert.Equal(["--- p.md:6 (page)", "+++ csharp-interactive session (displayed now)", "  > 1", "  1", "  > 2", "- 3", "+ 2", "  > 4", "  4"], record.Details);
    }

    [Fact]
    public void Results_that_would_read_as_prompts_are_refused_and_compile_errors_fail()
    {
        var page = Load(Bytes("```csharp-interactive\n> Console.WriteLine(\"> hi\")\n> oops\n```\n"));
        var (refused, none) = SessionVerdicts.Judge(page, Check(page, "> hi\n", ""), updating: true);
        Assert.Equal(CheckStatus.Problem, Assert.Single(refused).Status);
        Assert.Null(none);

        var check = Check(page, "", "");
        check = check with { Run = check.Run! with { Results = [new(SubmissionKind.Ran, ""), new(SubmissionKind.CompileError, "(1,1): error CS0103: The name 'oops' does not exist in the current context\n")] } };
        var (failed, noEdit) = SessionVerdicts.Judge(page, check, updating: true);
        var record = Assert.Single(failed);
        Assert.Equal(CheckStatus.CompileError, record.Status);
        Assert.Equal(3, record.Line);
        Assert.Equal(["p.md(3,3): error CS0103: The name 'oops' does not exist in the current context"], record.Details);
        Assert.Null(noEdit);
    }

    [Fact]
    public void A_timeout_names_the_submission_that_was_running()
    {
        var page = Load(Bytes("```csharp-interactive\n> var x = 1;\n> await Task.Delay(-1);\n```\n"));
        var check = Check(page, "");
        check = check with { Run = new SessionRun(SessionEnd.Timeout, [new(SubmissionKind.Ran, "")], "did not finish within 2 s", 2000, false) };
        var record = Assert.Single(SessionVerdicts.Judge(page, check, updating: true).Records);
        Assert.Equal(CheckStatus.Timeout, record.Status);
        Assert.Equal(3, record.Line);
        Assert.Contains("line 3 did not finish within 2 s", record.Message);
    }
}
