using DocRunner.Preview.Markdown;

namespace DocRunner.Tests.Preview;

/// <summary>The code an include shows, cut from the file as DocFX cuts it.</summary>
public class SnippetExtractorTests
{
    const string Sample = """
        using System;

        #region outer
        class Program
        {
            static void Main()
            {
                #region inner
                Console.WriteLine("hi");
                #endregion
            }
        }
        #endregion

        // <tagged>
            Console.WriteLine("tag");
        // </tagged>
        """;

    [Fact]
    public void A_region_shows_the_lines_between_its_markers_without_any_marker_line_dedented()
    {
        var shown = SnippetExtractor.Extract(Sample, "outer", "");
        Assert.Null(shown.Problem);
        Assert.Equal("class Program\n{\n    static void Main()\n    {\n        Console.WriteLine(\"hi\");\n    }\n}\n", shown.Code);
        Assert.Equal("Console.WriteLine(\"hi\");\n", SnippetExtractor.Extract(Sample, "INNER", "").Code);
    }

    [Fact]
    public void A_comment_tag_is_found_and_its_markers_removed()
    {
        Assert.Equal("Console.WriteLine(\"tag\");\n", SnippetExtractor.Extract(Sample, "tagged", "").Code);
    }

    [Fact]
    public void Line_ranges_show_those_lines_with_markers_kept()
    {
        Assert.Equal("#region outer\nclass Program\n", SnippetExtractor.Extract(Sample, "L3-L4", "").Code);
        Assert.Equal("using System;\n", SnippetExtractor.Extract(Sample, "L1", "").Code);
        Assert.Equal("Console.WriteLine(\"tag\");\n// </tagged>\n", SnippetExtractor.Extract(Sample, "L16-", "").Code.Replace("    Console", "Console"));
        Assert.Equal("using System;\n\nclass Program\n", SnippetExtractor.Extract(Sample, null, "range=1-2,4").Code);
    }

    [Fact]
    public void The_whole_file_is_shown_as_it_is_and_options_are_passed_on()
    {
        var shown = SnippetExtractor.Extract(Sample, null, "highlight=2,5-7");
        Assert.StartsWith("using System;\n\n#region outer\n", shown.Code);
        Assert.Equal("2,5-7", shown.HighlightLines);
        Assert.Equal("  static void Main()\n", SnippetExtractor.Extract(Sample, "L6", "dedent=2").Code);
    }

    [Fact]
    public void Tabs_count_to_the_next_multiple_of_four_when_dedenting()
    {
        Assert.Equal("a\n    b\n\nc\n", SnippetExtractor.Extract("\ta\n\t\tb\n\n    c\n", null, "").Code);
    }

    [Fact]
    public void A_missing_region_is_a_problem_not_an_exception()
    {
        var shown = SnippetExtractor.Extract(Sample, "nowhere", "");
        Assert.Equal("", shown.Code);
        Assert.Contains("no region or tag named 'nowhere'", shown.Problem);
    }
}
