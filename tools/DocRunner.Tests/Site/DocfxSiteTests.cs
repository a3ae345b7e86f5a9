using DocRunner.Publishing;
using DocRunner.Tests.Support;

namespace DocRunner.Tests.Site;

public class DocfxSiteTests
{
    [Fact]
    public async Task When_DocFX_cannot_be_installed_no_site_is_built_and_the_error_says_why()
    {
        using var repo = new TestRepo()
            .Page("a", "# A\n")
            .Write(".config/dotnet-tools.json", "{ this is not a tool manifest")
            .Write("_site/stale.html", "left by an earlier build");

        var result = await DocfxSite.BuildAsync(repo.Root);

        Assert.False(result.Built);
        Assert.StartsWith("error: DocFX could not be installed", result.Message);
        Assert.False(File.Exists(Path.Combine(repo.Root, "_site", "index.html")));
    }
}
