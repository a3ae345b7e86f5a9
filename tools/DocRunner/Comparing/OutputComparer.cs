using System.Globalization;
using System.Text.RegularExpressions;

namespace DocRunner.Comparing;

/// <summary>Decides whether the lines a page shows match the lines a program printed, under the block's modes.</summary>
public static partial class OutputComparer
{
    [GeneratedRegex(@"-?\d+(?:\.\d+)?")]
    private static partial Regex Number();

    public static bool Matches(IReadOnlyList<string> expected, IReadOnlyList<string> actual, OutputModes modes)
    {
        if (expected.Count != actual.Count) return false;
        if (!modes.Unordered) return expected.Zip(actual).All(pair => LineMatches(pair.First, pair.Second, modes));
        var unused = actual.ToList();
        foreach (var line in expected)
        {
            var index = unused.FindIndex(candidate => LineMatches(line, candidate, modes));
            if (index < 0) return false;
            unused.RemoveAt(index);
        }
        return true;
    }

    static bool LineMatches(string expected, string actual, OutputModes modes)
    {
        if (expected == actual) return true;
        if (modes.Tolerance is not { } tolerance) return false;
        if (Number().Replace(expected, "#") != Number().Replace(actual, "#")) return false;
        var left = Number().Matches(expected).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture));
        var right = Number().Matches(actual).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture));
        return left.Zip(right).All(pair =>
        {
            var allowed = modes.RelativeTolerance ? Math.Abs(pair.First) * tolerance / 100 : tolerance;
            return Math.Abs(pair.First - pair.Second) <= allowed + 1e-9;
        });
    }
}
