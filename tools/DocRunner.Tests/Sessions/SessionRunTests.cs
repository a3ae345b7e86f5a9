using DocRunner.Sessions;
using Xunit.Abstractions;

namespace DocRunner.Tests.Sessions;

/// <summary>Real sessions in a session worker process: what each submission displays, as C# Interactive shows it.</summary>
[Collection(SessionWorkersCollection.Name)]
public class SessionRunTests(SessionWorkersFixture workers, ITestOutputHelper output)
{
    [Fact]
    public async Task Values_are_formatted_the_way_CSharp_Interactive_shows_them()
    {
        var shown = await workers.Display(
            "42",
            "\"text\"",
            "true",
            "1 == 2",
            "1.5",
            "'c'",
            "null",
            "new List<int> { 1, 2, 3 }",
            "new[] { \"a\", \"b\" }",
            "new Dictionary<string, int> { [\"one\"] = 1 }",
            "(1, \"x\")",
            "var t = Task.Delay(100);",
            "t.Status",
            "Task.FromResult(7).Result",
            "DateTime.UnixEpoch",
            "\"tab\\there\"");
        Assert.Equal([
            "42", "\"text\"", "true", "false", "1.5", "'c'", "null",
            "List<int>(3) { 1, 2, 3 }", "string[2] { \"a\", \"b\" }", "Dictionary<string, int>(1) { { \"one\", 1 } }",
            "(1, x)", "", "WaitingForActivation", "7", "[01/01/1970 00:00:00]", "\"tab\\there\"",
        ], shown);
    }

    [Fact]
    public async Task Task_states_are_seen_before_and_after_an_await()
    {
        var shown = await workers.Display(
            "var t = Task.Delay(300);",
            "t.IsCompleted",
            "t.Status",
            "await t;",
            "t.IsCompleted",
            "t.Status",
            "var tcs = new TaskCompletionSource<int>();",
            "tcs.TrySetResult(3)",
            "tcs.Task.Status");
        Assert.Equal(["", "false", "WaitingForActivation", "", "true", "RanToCompletion", "", "true", "RanToCompletion"], shown);
    }

    [Fact]
    public async Task Console_output_comes_before_the_value_and_void_calls_show_nothing_else()
    {
        var shown = await workers.Display(
            "Console.WriteLine(\"hello\"); Console.Error.WriteLine(\"to stderr\"); 1 + 2",
            "Console.WriteLine(\"no value\")",
            "Console.Write(\"same line \"); 5",
            "int n = 3;",
            "n",
            "var late = Task.Run(async () => { await Task.Delay(100); Console.WriteLine(\"from a task\"); });",
            "await late;");
        Assert.Equal(["hello\nto stderr\n3", "no value", "same line 5", "", "3", "", "from a task"], shown);
    }

    [Fact]
    public async Task A_submission_that_throws_shows_type_and_message_and_the_session_goes_on()
    {
        var shown = await workers.Display(
            "var before = 1;",
            "throw new InvalidOperationException(\"boom\");",
            "before + 1",
            "int.Parse(\"x\")",
            "await Task.Run(() => throw new TimeoutException(\"too slow\"));",
            "Task.Run(() => throw new ArgumentException(\"bad\")).Wait();",
            "Console.WriteLine(\"written\"); throw new Exception(\"after output\");",
            "\"still here\"");
        Assert.Equal([
            "",
            "System.InvalidOperationException: boom",
            "2",
            "System.FormatException: The input string 'x' was not in a correct format.",
            "System.TimeoutException: too slow",
            "System.AggregateException: One or more errors occurred. (bad)",
            "written\nSystem.Exception: after output",
            "\"still here\"",
        ], shown);
    }

    [Fact]
    public async Task A_submission_that_does_not_compile_shows_its_errors_and_is_left_out_of_the_chain()
    {
        var shown = await workers.Display("var a = 1;", "var b = missing + 1;", "b", "a");
        Assert.Equal([
            "",
            "(1,9): error CS0103: The name 'missing' does not exist in the current context",
            "(1,1): error CS0103: The name 'b' does not exist in the current context",
            "1",
        ], shown);
    }

    [Fact]
    public async Task Submissions_are_chained_each_sees_what_earlier_ones_declared()
    {
        var shown = await workers.Display(
            "var greeting = \"hi\";",
            "int Twice(int x) => x * 2;",
            "greeting + \" \" + Twice(21)",
            "record Point(int X, int Y);",
            "new Point(1, 2)",
            "greeting = \"changed\";",
            "greeting");
        Assert.Equal(["", "", "\"hi 42\"", "", "[Point { X = 1, Y = 2 }]", "", "\"changed\""], shown);
    }

    [Fact]
    public async Task Every_session_is_fresh_and_runs_with_invariant_culture_in_a_scratch_folder()
    {
        var first = await workers.Display("var leftover = 1;", "File.WriteAllText(\"x.txt\", \"x\"); File.Exists(\"x.txt\")");
        var second = await workers.Display("leftover", "File.Exists(\"x.txt\")", "(1.5).ToString()", "System.Globalization.CultureInfo.CurrentCulture.Name");
        Assert.Equal("true", first[1]);
        Assert.Equal("(1,1): error CS0103: The name 'leftover' does not exist in the current context", second[0]);
        Assert.Equal(["false", "\"1.5\"", "\"\""], second.Skip(1));
    }

    [Fact]
    public async Task A_hanging_session_times_out_a_crashing_one_is_reported_and_the_next_sessions_still_run()
    {
        var hang = await workers.Pool.RunAsync(["var x = 1;", "Thread.Sleep(Timeout.Infinite);", "x"], TimeSpan.FromSeconds(2));
        Assert.Equal(SessionEnd.Timeout, hang.End);
        Assert.Single(hang.Steps);

        var exit = await workers.Pool.RunAsync(["1", "Environment.Exit(3);"], TimeSpan.FromSeconds(30));
        Assert.Equal(SessionEnd.Crashed, exit.End);
        Assert.Contains("exit code 3", exit.Detail);

        var flood = await workers.Pool.RunAsync(["while (true) Console.Write(\"xxxxxxxxxx\");"], TimeSpan.FromSeconds(30));
        Assert.Equal(SessionEnd.OutputLimit, flood.End);

        var after = await workers.Display("\"alive\"");
        Assert.Equal("\"alive\"", after[0]);
        output.WriteLine($"hang {hang.WallMs} ms, exit {exit.WallMs} ms, flood {flood.WallMs} ms; workers started so far: {workers.Pool.WorkersStarted}");
    }
}
