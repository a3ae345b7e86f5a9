using DocRunner.Timelines;

namespace DocRunner.Tests.Timelines;

public class TimelineComparerTests
{
    static IReadOnlyList<(TimelineBar, int)> Page(params TimelineBar[] bars) => [.. bars.Select((b, i) => (b, i + 1))];

    static readonly TimelineBar[] Recorded = [new("one", "first", 0, 200), new("one", "a", 200, 400), new("two", "b", 201, 401)];

    [Fact]
    public void A_run_on_a_busy_machine_matches_its_page()
    {
        // Everything later and longer, as load makes it; the order and the overlap are what they were.
        TimelineBar[] busy = [new("one", "first", 0, 290), new("one", "a", 290, 560), new("two", "b", 330, 620)];
        Assert.Empty(TimelineComparer.Compare(Page(Recorded), busy));
        Assert.Empty(TimelineComparer.Compare(Page(Recorded), Recorded));
    }

    [Fact]
    public void A_missing_or_extra_bar_or_lane_is_a_difference_at_its_line()
    {
        var renamed = TimelineComparer.Compare(Page(Recorded[0], Recorded[1], Recorded[2] with { Lane = "three" }), Recorded);
        Assert.Contains(renamed, d => d.LineIndex == 3 && d.Message.Contains("`three | b` is on the page but not in this run"));
        Assert.Contains(renamed, d => d.LineIndex is null && d.Message.Contains("`two | b` ran (201–401 ms) but is not on the page"));
    }

    [Fact]
    public void Bars_that_ran_one_after_the_other_must_not_overlap_now()
    {
        // The page says first ended before a started; in this run they overlap by 150 ms.
        TimelineBar[] overlapping = [new("one", "first", 0, 200), new("one", "a", 50, 250), new("two", "b", 201, 401)];
        var differences = TimelineComparer.Compare(Page(Recorded), overlapping);
        Assert.Equal(1, Assert.Single(differences).LineIndex);
        Assert.Contains("`one | first` and `one | a` ran one after the other on the page, but at the same time in this run: " +
            "`a` started at 50 ms, before `first` (from 0 ms) was halfway through", differences[0].Message);
    }

    [Fact]
    public void Bars_that_ran_one_after_the_other_must_keep_their_order()
    {
        TimelineBar[] page = [new("l", "x", 0, 100), new("l", "y", 100, 200)];
        TimelineBar[] swapped = [new("l", "y", 0, 100), new("l", "x", 100, 200)];
        Assert.Contains("`l | x` ran before `l | y` on the page, but after it in this run",
            Assert.Single(TimelineComparer.Compare(Page(page), swapped)).Message);
    }

    [Fact]
    public void A_bar_that_ends_late_beside_one_that_starts_on_time_is_not_a_difference()
    {
        // Three 100 ms jobs, a fourth starts when the first frees its slot; under load the third job's end came 40 ms late.
        TimelineBar[] page = [new("jobs", "1", 0, 100), new("jobs", "2", 0, 100), new("jobs", "3", 0, 100), new("jobs", "4", 100, 200)];
        TimelineBar[] busy = [new("jobs", "1", 0, 100), new("jobs", "2", 0, 101), new("jobs", "3", 0, 140), new("jobs", "4", 100, 200)];
        Assert.Empty(TimelineComparer.Compare(Page(page), busy));
        Assert.Empty(TimelineComparer.Compare(Page(busy), page));
    }

    [Fact]
    public void A_moment_inside_a_bar_may_move_within_it()
    {
        TimelineBar[] page = [new("loop", "the loop", 0, 899), new("loop", "b handled", 298, 298), new("loop", "a handled", 899, 899)];
        TimelineBar[] busy = [new("loop", "the loop", 0, 950), new("loop", "b handled", 308, 308), new("loop", "a handled", 950, 950)];
        Assert.Empty(TimelineComparer.Compare(Page(page), busy));
        // A moment after a bar must stay after it.
        TimelineBar[] early = [new("loop", "the loop", 0, 950), new("loop", "b handled", 308, 308), new("loop", "a handled", 300, 300)];
        Assert.Single(TimelineComparer.Compare(Page(page), early));
    }

    [Fact]
    public void A_bar_whose_end_is_let_go_by_another_may_end_late()
    {
        // A write to a full channel completes when the consumer takes an item and starts on it; under load the
        // writer's code after the await runs 47 ms into the consumer's work. The consumer still started on time.
        TimelineBar[] page = [new("producer", "write 2", 1, 17), new("consumer", "consume 1", 16, 219), new("producer", "write 3", 17, 219)];
        TimelineBar[] busy = [new("producer", "write 2", 0, 52), new("consumer", "consume 1", 5, 225), new("producer", "write 3", 52, 225)];
        Assert.Empty(TimelineComparer.Compare(Page(page), busy));
    }

    [Fact]
    public void Bars_that_overlapped_must_still_overlap()
    {
        TimelineBar[] sequential = [new("one", "first", 0, 200), new("one", "a", 200, 400), new("two", "b", 400, 600)];
        var difference = Assert.Single(TimelineComparer.Compare(Page(Recorded), sequential));
        Assert.Equal((1, "in the timeline, at most 2 bars ran at once on the page, and 1 in this run"), (difference.LineIndex, difference.Message));
    }

    [Fact]
    public void As_many_bars_must_run_at_once_in_each_lane()
    {
        // Six jobs, three at a time; then the limit is gone and all six start together.
        TimelineBar[] page = [.. Enumerable.Range(1, 6).Select(i => new TimelineBar("jobs", $"job {i}", i <= 3 ? 0 : 100, i <= 3 ? 100 : 200))];
        TimelineBar[] unlimited = [.. Enumerable.Range(1, 6).Select(i => new TimelineBar("jobs", $"job {i}", 0, 100))];
        var differences = TimelineComparer.Compare(Page(page), unlimited);
        Assert.Contains(differences, d => d.Message.Contains("ran one after the other on the page, but at the same time in this run"));
        Assert.Equal(3, TimelineComparer.Peak(page));
        Assert.Equal(6, TimelineComparer.Peak(unlimited));
        // Which bars overlap may change, how many at once may not.
        TimelineBar[] shifted = [new("a", "x", 0, 100), new("b", "y", 50, 150), new("b", "z", 150, 250)];
        TimelineBar[] later = [new("a", "x", 0, 180), new("b", "y", 60, 170), new("b", "z", 170, 260)];
        Assert.Empty(TimelineComparer.Compare(Page(shifted), later));
    }

    [Fact]
    public void A_bar_touching_another_within_the_slack_may_go_either_way()
    {
        TimelineBar[] page = [new("l", "x", 0, 100), new("l", "y", 85, 200)];
        TimelineBar[] run = [new("l", "x", 0, 100), new("l", "y", 100, 200)];
        Assert.Empty(TimelineComparer.Compare(Page(page), run));
        Assert.Empty(TimelineComparer.Compare(Page(run), page));
    }

    [Fact]
    public void Lengths_must_stay_within_the_stated_margin()
    {
        Assert.Equal((16, 850), TimelineTolerance.AllowedLength(200));
        TimelineBar[] page = [new("l", "x", 0, 200)];
        Assert.Empty(TimelineComparer.Compare(Page(page), [new("l", "x", 0, 850)]));
        Assert.Empty(TimelineComparer.Compare(Page(page), [new("l", "x", 0, 16)]));
        Assert.Contains("lasted 200 ms on the page and 851 ms in this run (allowed 16–850 ms)",
            Assert.Single(TimelineComparer.Compare(Page(page), [new("l", "x", 0, 851)])).Message);
        Assert.Single(TimelineComparer.Compare(Page(page), [new("l", "x", 0, 15)]));
    }

    [Fact]
    public void The_text_round_trips_and_bad_lines_are_named()
    {
        var lines = TimelineText.Format(Recorded);
        Assert.Equal("lane | bar   | start ms | end ms", lines[0]);
        Assert.Equal("one  | first |        0 |    200", lines[1]);
        var (bars, problems) = TimelineText.Parse(lines);
        Assert.Empty(problems);
        Assert.Equal(Recorded, bars.Select(b => b.Bar));

        var (_, bad) = TimelineText.Parse(["lane | bar | start ms | end ms", "one | first | 0 | 200", "one | a | 300 | 250", "two b 1 2"]);
        Assert.Equal([2, 3], bad.Select(p => p.LineIndex));
    }
}
