using System.CommandLine;
using Multipolar.Blocs;
using Multipolar.Cli.Commands.Alignment;
using Multipolar.Cli.Parsing;
using Multipolar.Countries;
using Multipolar.Poles;

namespace Multipolar.Cli.Commands.Shifts;

/// <summary>Options of <c>sphere</c>, <c>converge</c> and <c>explain</c>: states or a bloc, poles, a period range, the measurement choices.</summary>
public sealed class ShiftSettings : AlignmentSettings
{
    private static readonly Argument<string[]> SubjectsArgument = CliSymbols.Many("SUBJECT", "Two states (any code or name), or for sphere a bloc code (C5, ASEAN, ...).");
    private static readonly Option<string?> BlocOption = CliSymbols.Text("--bloc", "CODE", "explain: a bloc's cohesion (mean pairwise agreement) instead of a dyad; with --poles, its mean lean between the poles.");
    private static readonly Option<string?> PolesOption = CliSymbols.Text("--poles", "A,B", "Two poles (default for sphere: RUS,CHN): the lean is the alignment with B minus with A.");
    private static readonly PeriodRangeOptions RangeOptions = new("YEAR", "First year.", "Last year.");
    private static readonly Option<int> CountOption = CliSymbols.Int("--count", "N", "Roll calls listed (default 15).", 15);
    private static readonly Option<bool> MeanOption = CliSymbols.Flag("--mean", "sphere: the bloc's mean per year (lean, normalised lean, the poles' popularity) instead of one row per member.");
    private static readonly Option<bool> CrossoversOption = CliSymbols.Flag("--crossovers", "sphere: the year each member crossed over (raw and normalised lean) and the roll calls behind the normalised crossover.");
    private static readonly Option<bool> VotesOption = CliSymbols.Flag("--votes", "converge: list the recurring roll calls and who changed their vote, instead of the decomposition.");

    /// <summary>States or bloc.</summary>
    public string[] Subjects { get; private set; } = [];

    /// <summary>Bloc code for explain.</summary>
    public string? Bloc { get; private set; }

    /// <summary>Pole codes.</summary>
    public string? Poles { get; private set; }

    /// <summary>First year.</summary>
    public int? From { get; private set; }

    /// <summary>Last year.</summary>
    public int? To { get; private set; }

    /// <summary>Roll calls listed.</summary>
    public int Count { get; private set; } = 15;

    /// <summary>Bloc means.</summary>
    public bool Mean { get; private set; }

    /// <summary>Crossovers.</summary>
    public bool Crossovers { get; private set; }

    /// <summary>Matched votes.</summary>
    public bool Votes { get; private set; }

    /// <summary>The two states of a dyad.</summary>
    /// <exception cref="ArgumentException">Not two states.</exception>
    public (Country A, Country B) Dyad(string command) => Subjects.Length == 2
        ? (CountryReference.Default.Resolve(Subjects[0]), CountryReference.Default.Resolve(Subjects[1]))
        : throw new ArgumentException($"{command} takes two states, e.g. {command} RUS CHN --from 1992 --to 2019.");

    /// <summary>A bloc of the shipped table, by code.</summary>
    /// <exception cref="ArgumentException">Unknown code (the message suggests the nearest).</exception>
    public static Bloc ResolveBloc(string code)
    {
        try
        {
            return BlocTable.Default[code];
        }
        catch (BlocLookupException e)
        {
            throw new ArgumentException(e.Message, e);
        }
    }

    /// <summary>Exactly two poles.</summary>
    /// <exception cref="ArgumentException">Not two.</exception>
    public (Pole First, Pole Second) TwoPoles(string fallback)
    {
        var set = PoleSet.Parse(Poles ?? fallback);
        return set.Poles.Length == 2 ? (set.Poles[0], set.Poles[1]) : throw new ArgumentException($"--poles '{Poles}': give two poles, e.g. --poles RUS,CHN.");
    }

    /// <inheritdoc />
    public override string? Validate() =>
        new PeriodRange(null, From, To).Validate()
        ?? (Count < 1 ? $"--count {Count}: use 1 or more."
        : base.Validate());

    internal override void Declare(Command command)
    {
        base.Declare(command);
        command.Add(SubjectsArgument);
        command.Add(BlocOption);
        command.Add(PolesOption);
        RangeOptions.Declare(command);
        command.Add(CountOption);
        command.Add(MeanOption);
        command.Add(CrossoversOption);
        command.Add(VotesOption);
    }

    internal override void Bind(ParseResult result)
    {
        base.Bind(result);
        Subjects = result.GetValue(SubjectsArgument) ?? [];
        Bloc = result.GetValue(BlocOption);
        Poles = result.GetValue(PolesOption);
        (_, From, To) = RangeOptions.Bind(result);
        Count = result.GetValue(CountOption);
        Mean = result.GetValue(MeanOption);
        Crossovers = result.GetValue(CrossoversOption);
        Votes = result.GetValue(VotesOption);
    }
}
