using Spectre.Console;

namespace DocRunner.Reporting;

/// <summary>
/// Whether the tool writes colour and other escape codes: never when NO_COLOR is set (no-color.org), always when
/// FORCE_COLOR is set to anything but 0 or false, otherwise only to a terminal that is not TERM=dumb.
/// </summary>
public static class ColorPolicy
{
    public static bool UseColor(bool isTerminal, Func<string, string?> environment)
    {
        if (environment("NO_COLOR") is { Length: > 0 }) return false;
        if (environment("FORCE_COLOR") is { Length: > 0 } force) return force is not ("0" or "false");
        if (environment("TERM") == "dumb") return false;
        return isTerminal;
    }

    public static bool UseColorOnStandardOutput() => UseColor(!System.Console.IsOutputRedirected, Environment.GetEnvironmentVariable);

    /// <summary>A console for the reports that writes to <paramref name="writer"/>, with or without escape codes.</summary>
    public static IAnsiConsole CreateConsole(TextWriter writer, bool color)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!color) console.Profile.Width = 1000;
        return console;
    }
}
