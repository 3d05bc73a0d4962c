using System.CommandLine;

namespace Multipolar.Cli.Parsing;

/// <summary>The periods a command line asked for: <c>--year</c>, or <c>--from</c> and <c>--to</c> (each may be left out).</summary>
/// <param name="Year">One period (<c>--year</c>).</param>
/// <param name="From">First period (<c>--from</c>).</param>
/// <param name="To">Last period (<c>--to</c>).</param>
internal readonly record struct PeriodRange(int? Year, int? From, int? To)
{
    /// <summary>The first period asked for (<c>--year</c> or <c>--from</c>).</summary>
    public int? First => Year ?? From;

    /// <summary>The last period asked for (<c>--year</c> or <c>--to</c>).</summary>
    public int? Last => Year ?? To;

    /// <summary>The command line's message when the range is contradictory (<c>--year</c> with <c>--from</c>, or the last before the first), else null.</summary>
    public string? Validate() =>
        Year is not null && (From is not null || To is not null) ? "--year cannot be combined with --from or --to."
        : First is int f && Last is int l && f > l ? $"--from {f} is after --to {l}."
        : null;
}

/// <summary>
/// The <c>--from</c> and <c>--to</c> options (and, when a help text is given for it, <c>--year</c>) of a command: declared,
/// bound and checked in one place; each command gives its own help texts.
/// </summary>
internal sealed class PeriodRangeOptions(string helpName, string fromDescription, string toDescription, string? yearDescription = null)
{
    private readonly Option<int?> from = CliSymbols.Int("--from", helpName, fromDescription);
    private readonly Option<int?> to = CliSymbols.Int("--to", helpName, toDescription);
    private readonly Option<int?>? year = yearDescription is null ? null : CliSymbols.Int("--year", helpName, yearDescription);

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void Declare(Command command)
    {
        command.Add(from);
        command.Add(to);
        if (year is not null)
        {
            command.Add(year);
        }
    }

    /// <summary>The values given.</summary>
    public PeriodRange Bind(ParseResult result) =>
        new(year is null ? null : result.GetValue(year), result.GetValue(from), result.GetValue(to));
}
