using System.CommandLine;
using Multipolar.Alignment;
using Multipolar.Cli.Parsing;
using Multipolar.Countries;

namespace Multipolar.Cli.Commands.Alignment;

/// <summary>Options of the commands about one dyad over time (<c>align</c>, <c>sensitivity</c>).</summary>
public class DyadSettings : AlignmentSettings
{
    private static readonly Argument<string> AArgument = CliSymbols.Required("A", "A state (any code or name).");
    private static readonly Argument<string> BArgument = CliSymbols.Required("B", "Another state.");
    private static readonly PeriodRangeOptions RangeOptions = new("PERIOD", "First year (or session with --by session).", "Last year (or session).");

    /// <summary>First state.</summary>
    public string A { get; private set; } = "";

    /// <summary>Second state.</summary>
    public string B { get; private set; } = "";

    /// <summary>First period.</summary>
    public int? From { get; private set; }

    /// <summary>Last period.</summary>
    public int? To { get; private set; }

    /// <summary>The two states, resolved by the country reference.</summary>
    /// <exception cref="CountryLookupException">A state is unknown or ambiguous.</exception>
    public Dyad ResolveDyad() => new(CountryReference.Default.Resolve(A), CountryReference.Default.Resolve(B));

    /// <inheritdoc />
    public override string? Validate() => new PeriodRange(null, From, To).Validate() ?? base.Validate();

    internal override void Declare(Command command)
    {
        base.Declare(command);
        command.Add(AArgument);
        command.Add(BArgument);
        RangeOptions.Declare(command);
    }

    internal override void Bind(ParseResult result)
    {
        base.Bind(result);
        A = result.GetValue(AArgument) ?? "";
        B = result.GetValue(BArgument) ?? "";
        (_, From, To) = RangeOptions.Bind(result);
    }
}
