using DocRunner.Discovery;
using DocRunner.Reporting;
using DocRunner.Rewriting;

namespace DocRunner.Pipeline;

/// <summary>Applies a page's output edits, unless any of its checks failed: then the page is left as it was.</summary>
public static class PageUpdater
{
    public static IEnumerable<CheckRecord> Apply(Page page, PageVerdict verdict)
    {
        if (verdict.Edits.Count == 0) yield break;
        if (verdict.HasFailures || !page.Text.IsValidUtf8)
        {
            yield return new(page.RelativePath, 1, "page", null, null, CheckStatus.Problem,
                "page left unchanged because one of its checks failed", []);
            yield break;
        }
        var text = OutputBlockWriter.Apply(page.Text.Text, verdict.Edits);
        var refused = AtomicPageWriter.Write(page.FullPath, page.Text, text);
        if (refused is not null)
            yield return new(page.RelativePath, 1, refused.FromEnvironment ? CheckRecord.Environment : "page", null, null,
                CheckStatus.Problem, refused.Message, []);
    }
}
