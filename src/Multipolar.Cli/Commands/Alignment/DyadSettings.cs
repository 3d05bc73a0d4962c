using System.ComponentModel;
using Multipolar.Alignment;
using Multipolar.Countries;
using Spectre.Console.Cli;

namespace Multipolar.Cli.Commands.Alignment;

/// <summary>Options of the commands about one dyad over time (<c>align</c>, <c>sensitivity</c>).</summary>
public class DyadSettings : AlignmentSettings
{
    /// <summary>First state.</summary>
    [CommandArgument(0, "<A>")]
    [Description("A state (any code or name).")]
    public string A { get; init; } = "";

    /// <summary>Second state.</summary>
    [CommandArgument(1, "<B>")]
    [Description("Another state.")]
    public string B { get; init; } = "";

    /// <summary>First period.</summary>
    [CommandOption("--from <PERIOD>")]
    [Description("First year (or session with --by session).")]
    public int? From { get; init; }

    /// <summary>Last period.</summary>
    [CommandOption("--to <PERIOD>")]
    [Description("Last year (or session).")]
    public int? To { get; init; }

    /// <summary>The two states, resolved by the country reference.</summary>
    /// <exception cref="CountryLookupException">A state is unknown or ambiguous.</exception>
    public Dyad ResolveDyad() => new(CountryReference.Default.Resolve(A), CountryReference.Default.Resolve(B));
}
