using DocRunner.Running.Compilation;
using DocRunner.Samples;

namespace DocRunner.Tests.Pages;

public class SampleSourceTests
{
    static SampleSource Parse(string text) => SampleSource.Parse("samples/x.cs", "/x.cs", text);

    [Fact]
    public void Finds_regions_and_docfx_tags()
    {
        var sample = Parse("#region a\nvar x = 1;\n#endregion\n// <b>\nConsole.WriteLine(x);\n// </b>\n");
        Assert.Equal([("a", 0, 2), ("b", 3, 5)], sample.Regions.Select(r => (r.Name, r.StartLine, r.EndLine)));
        Assert.Empty(sample.Problems);
    }

    [Fact]
    public void Reports_duplicate_and_unclosed_regions()
    {
        var sample = Parse("#region a\n#endregion\n#region a\n#endregion\n#region open\n");
        Assert.Contains(sample.Problems, p => p.Contains("'a' is used more than once"));
        Assert.Contains(sample.Problems, p => p.Contains("open is never closed"));
    }

    [Fact]
    public void Package_directives_need_dotnet_run_but_the_web_sdk_does_not()
    {
        Assert.Null(Parse("#:sdk Microsoft.NET.Sdk.Web\n").NeedsDotnetRun);
        Assert.True(Parse("#:sdk Microsoft.NET.Sdk.Web\n").UsesWebSdk);
        Assert.Equal("#:package Foo@1.0", Parse("#:package Foo@1.0\n").NeedsDotnetRun);
        Assert.Equal("#:property LangVersion=preview", Parse("#:property LangVersion=preview\n").NeedsDotnetRun);
        Assert.Null(Parse("#:property Optimize=true\n").NeedsDotnetRun);
        Assert.True(Parse("#:property Optimize=true\n").Optimize);
    }

    [Fact]
    public void Statement_regions_get_markers_and_declaration_regions_do_not()
    {
        var sample = Parse("#region run\nConsole.WriteLine(1);\n#endregion\n#region types\nrecord P(int X);\nclass Q\n{\n    public int M() { var x = 1; return x; }\n    public int N { get { return 2; } }\n}\n#endregion\n");
        var result = RegionInstrumenter.Instrument(sample, sample.Text, SampleCompiler.ParseOptions);
        Assert.True(result.RegionHasStatements["run"]);
        Assert.False(result.RegionHasStatements["types"]);
        Assert.Empty(result.Problems);
        Assert.Contains("#line 2 \"samples/x.cs\"", result.Text);
    }

    [Fact]
    public void A_region_mixing_statements_and_declarations_is_reported()
    {
        var sample = Parse("#region mixed\nConsole.WriteLine(1);\nrecord P(int X);\n#endregion\n");
        var result = RegionInstrumenter.Instrument(sample, sample.Text, SampleCompiler.ParseOptions);
        Assert.Contains("must start and end between statements", Assert.Single(result.Problems));
    }
}
