using Spectre.Console;

namespace Multipolar.Cli.Output;

/// <summary>
/// Where a command writes: <see cref="Ansi"/> for tables, progress and messages, <see cref="Out"/> for
/// CSV and JSON, <see cref="Error"/> for one-line errors. Tests replace it with writers they read.
/// </summary>
public sealed class CliConsole(IAnsiConsole ansi, TextWriter @out, TextWriter error)
{
    /// <summary>The process's console.</summary>
    public static CliConsole System { get; } = new(AnsiConsole.Console, global::System.Console.Out, global::System.Console.Error);

    /// <summary>The console for people.</summary>
    public IAnsiConsole Ansi { get; } = ansi;

    /// <summary>Standard output for machine-readable formats.</summary>
    public TextWriter Out { get; } = @out;

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>A console writing plain text (no colours, no ANSI codes) to <paramref name="out"/>.</summary>
    public static CliConsole Plain(TextWriter @out, TextWriter error) => new(
        AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(@out),
        }),
        @out,
        error);
}
