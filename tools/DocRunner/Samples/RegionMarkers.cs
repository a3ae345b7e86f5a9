namespace DocRunner.Samples;

/// <summary>
/// The text an instrumented sample writes to its console when a region starts and ends, and the code that
/// splits a captured console text back into the whole output and each region's share of it.
/// </summary>
public static class RegionMarkers
{
    const char Separator = '\u001e';
    const string EnterTag = "docrunner-enter:";
    const string ExitTag = "docrunner-exit:";

    public static string EnterStatement(string name) => Statement(EnterTag + name);
    public static string ExitStatement(string name) => Statement(ExitTag + name);

    static string Statement(string marker) =>
        $"global::System.Console.Out.Write(\"\\u001e{marker}\\u001e\");";

    /// <summary>Splits captured text into the output without markers and each region's output.</summary>
    public static (string Whole, Dictionary<string, string> Regions) Split(string captured)
    {
        var whole = new System.Text.StringBuilder(captured.Length);
        var regions = new Dictionary<string, System.Text.StringBuilder>(StringComparer.OrdinalIgnoreCase);
        var active = new List<string>();
        var position = 0;
        while (position < captured.Length)
        {
            var start = captured.IndexOf(Separator, position);
            var end = start < 0 ? -1 : captured.IndexOf(Separator, start + 1);
            var marker = end < 0 ? null : captured[(start + 1)..end];
            var isMarker = marker is not null && (marker.StartsWith(EnterTag) || marker.StartsWith(ExitTag));
            var chunkEnd = start < 0 ? captured.Length : isMarker ? start : start + 1;
            var chunk = captured[position..chunkEnd];
            whole.Append(chunk);
            foreach (var name in active) regions[name].Append(chunk);
            if (!isMarker) { position = chunkEnd; continue; }
            if (marker!.StartsWith(EnterTag))
            {
                var name = marker[EnterTag.Length..];
                if (!regions.ContainsKey(name)) regions[name] = new();
                if (!active.Contains(name, StringComparer.OrdinalIgnoreCase)) active.Add(name);
            }
            else
                active.RemoveAll(n => n.Equals(marker[ExitTag.Length..], StringComparison.OrdinalIgnoreCase));
            position = end + 1;
        }
        return (whole.ToString(), regions.ToDictionary(r => r.Key, r => r.Value.ToString(), StringComparer.OrdinalIgnoreCase));
    }
}
