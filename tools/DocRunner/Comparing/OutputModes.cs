using System.Globalization;

namespace DocRunner.Comparing;

/// <summary>
/// The options in an output block's info string, after <c>output</c>: <c>unordered</c> (lines in any order),
/// <c>approx=0.1</c> or <c>approx=5%</c> (numbers within a tolerance), <c>timeout=60</c> (seconds for the sample).
/// </summary>
public sealed record OutputModes(bool Unordered, double? Tolerance, bool RelativeTolerance, TimeSpan? Timeout)
{
    public static readonly OutputModes Exact = new(false, null, false, null);

    /// <summary>The longest a sample may be given, here and on the command line: an hour.</summary>
    public const int MaxTimeoutSeconds = 3600;

    /// <summary>Why <paramref name="seconds"/> cannot be a timeout, or null when it can.</summary>
    public static string? TimeoutProblem(double seconds) =>
        double.IsFinite(seconds) && seconds > 0 && seconds <= MaxTimeoutSeconds ? null
            : $"must be a number of seconds above 0 and at most {MaxTimeoutSeconds}";

    public static OutputModes Parse(string info, out IReadOnlyList<string> problems)
    {
        var errors = new List<string>();
        var modes = Exact;
        foreach (var word in info.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            var (name, value) = word.IndexOf('=') is var eq and > 0 ? (word[..eq], word[(eq + 1)..]) : (word, "");
            switch (name)
            {
                case "unordered" when value == "":
                    modes = modes with { Unordered = true };
                    break;
                case "approx" when TryNumber(value.TrimEnd('%'), out var tolerance) && double.IsFinite(tolerance) && tolerance >= 0:
                    modes = modes with { Tolerance = tolerance, RelativeTolerance = value.EndsWith('%') };
                    break;
                case "timeout" when TryNumber(value.TrimEnd('s'), out var seconds) && TimeoutProblem(seconds) is null:
                    modes = modes with { Timeout = TimeSpan.FromSeconds(seconds) };
                    break;
                case "timeout":
                    errors.Add($"output option '{word}': the timeout {TimeoutProblem(TryNumber(value.TrimEnd('s'), out var bad) ? bad : double.NaN)}");
                    break;
                default:
                    errors.Add($"unknown output option '{word}' (known: unordered, approx=N or approx=N%, timeout=SECONDS)");
                    break;
            }
        }
        problems = errors;
        return modes;
    }

    static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
