using System.CommandLine;

namespace Multipolar.Cli.Parsing;

/// <summary>
/// The options and arguments of a command, declared as System.CommandLine symbols and read back into typed
/// properties. Each settings class declares its own symbols as static fields, adds them in
/// <see cref="Declare"/> and reads them in <see cref="Bind"/>; a derived class calls the base first, so the
/// shared options (<c>--db</c>, <c>--format</c>, the measurement choices) are declared once.
/// </summary>
/// <remarks>No reflection: the command line is trimmed and compiled ahead of time (docs/benchmarks.md).</remarks>
public abstract class CommandSettings
{
    /// <summary>Adds this settings type's options and arguments to <paramref name="command"/>.</summary>
    internal virtual void Declare(Command command)
    {
    }

    /// <summary>Reads the values of this settings type's symbols from a parse of the command line.</summary>
    internal virtual void Bind(ParseResult result)
    {
    }

    /// <summary>
    /// Checks what the parser cannot (required combinations, ranges): null when the settings are valid, else a
    /// one-line message naming the option and the value. The command line then exits with code 2.
    /// </summary>
    public virtual string? Validate() => null;
}
