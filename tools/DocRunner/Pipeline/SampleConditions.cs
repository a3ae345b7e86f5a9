using System.Globalization;

namespace DocRunner.Pipeline;

/// <summary>
/// The culture, time zone and processor count a sample runs under, given to its process the way a reader's machine
/// gives them to <c>dotnet run</c>: as <c>LC_ALL</c>/<c>LANG</c>, <c>TZ</c> and <c>DOTNET_PROCESSOR_COUNT</c>, never set
/// inside the process. The pages record the baseline: the invariant culture (what <c>LANG=C.UTF-8</c>, the usual
/// setting of containers and CI machines, gives), UTC and this machine's processors.
/// </summary>
public sealed record SampleConditions(string Culture, string TimeZone, int? ProcessorCount)
{
    public static readonly SampleConditions Baseline = new("", "Etc/UTC", null);

    static readonly AsyncLocal<SampleConditions?> current = new();

    /// <summary>The conditions of the processes started from this execution context: the baseline unless a pass says otherwise.</summary>
    public static SampleConditions Current
    {
        get => current.Value ?? Baseline;
        set => current.Value = value;
    }

    /// <summary>
    /// A reader far from the baseline: a culture with a decimal comma (tr-TR also upper-cases <c>i</c> to <c>İ</c>),
    /// a time zone with a half-hour or 45-minute offset, and a processor count this machine does not have.
    /// </summary>
    public static SampleConditions Elsewhere(bool turkish) => new(
        turkish ? "tr-TR" : "de-DE",
        turkish ? "Asia/Kathmandu" : "America/St_Johns",
        Environment.ProcessorCount == 3 ? 5 : 3);

    public void ApplyTo(IDictionary<string, string?> environment)
    {
        var locale = Culture.Length == 0 ? "C.UTF-8" : Culture.Replace('-', '_') + ".UTF-8";
        environment["LC_ALL"] = locale;
        environment["LANG"] = locale;
        environment["TZ"] = TimeZone;
        if (ProcessorCount is { } count) environment["DOTNET_PROCESSOR_COUNT"] = count.ToString(CultureInfo.InvariantCulture);
        else environment.Remove("DOTNET_PROCESSOR_COUNT");
    }

    public override string ToString() =>
        $"culture {(Culture.Length == 0 ? "invariant" : Culture)}, time zone {TimeZone}, " +
        $"{ProcessorCount ?? Environment.ProcessorCount} processors";
}
