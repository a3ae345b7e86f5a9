using DocRunner.Comparing;

namespace DocRunner.Tests.Pages;

public class ComparingTests
{
    static OutputModes Modes(string info)
    {
        var modes = OutputModes.Parse(info, out var problems);
        Assert.Empty(problems);
        return modes;
    }

    [Fact]
    public void Exact_mode_ignores_trailing_whitespace_and_line_endings_only()
    {
        Assert.True(OutputComparer.Matches(OutputText.Lines("a  \nb\n\n"), OutputText.Lines("a\r\nb"), Modes("output")));
        Assert.False(OutputComparer.Matches(OutputText.Lines(" a"), OutputText.Lines("a"), Modes("output")));
        Assert.False(OutputComparer.Matches(OutputText.Lines("a\nb"), OutputText.Lines("b\na"), Modes("output")));
    }

    [Fact]
    public void Unordered_mode_accepts_any_order_but_not_other_lines()
    {
        Assert.True(OutputComparer.Matches(["a", "b", "b"], ["b", "a", "b"], Modes("output unordered")));
        Assert.False(OutputComparer.Matches(["a", "b", "b"], ["a", "a", "b"], Modes("output unordered")));
        Assert.False(OutputComparer.Matches(["a"], ["a", "a"], Modes("output unordered")));
    }

    [Fact]
    public void Approx_mode_allows_numbers_to_move_within_the_tolerance()
    {
        var modes = Modes("output approx=0.1");
        Assert.True(OutputComparer.Matches(["took 0.3 s"], ["took 0.4 s"], modes));
        Assert.False(OutputComparer.Matches(["took 0.3 s"], ["took 0.5 s"], modes));
        Assert.False(OutputComparer.Matches(["took 0.3 s"], ["took 0.3 ms"], modes));
    }

    [Fact]
    public void Approx_percent_is_relative()
    {
        var modes = Modes("output approx=10%");
        Assert.True(OutputComparer.Matches(["1000 items"], ["1090 items"], modes));
        Assert.False(OutputComparer.Matches(["1000 items"], ["1200 items"], modes));
    }

    [Fact]
    public void Modes_combine()
    {
        Assert.True(OutputComparer.Matches(["b 2.0", "a 1.0"], ["a 1.05", "b 1.98"], Modes("output unordered approx=0.1")));
    }

    [Fact]
    public void Unknown_options_are_reported()
    {
        OutputModes.Parse("output fuzzy", out var problems);
        Assert.Contains("unknown output option 'fuzzy'", Assert.Single(problems));
    }

    [Fact]
    public void Timeout_option_is_read_in_seconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(60), Modes("output timeout=60").Timeout);
    }

    [Fact]
    public void Carriage_return_progress_shows_what_a_terminal_leaves()
    {
        Assert.Equal(["100%"], OutputText.Lines("10%\r50%\r100%\n"));
    }

    [Fact]
    public void Control_characters_become_visible_and_surrogates_safe()
    {
        Assert.Equal(["a\u2400b\u241b[31m", "\uFFFD"], OutputText.Lines("a\0b\u001b[31m\n\ud800"));
    }

    [Fact]
    public void A_diff_marks_removed_and_added_lines()
    {
        var diff = Diff.Unified(["a", "b", "c"], ["a", "x", "c"]);
        Assert.Equal(["  a", "- b", "+ x", "  c"], diff);
    }
}
