using System.CommandLine;
using Multipolar.Cli.Commands.Alignment;
using Multipolar.Cli.Parsing;
using Multipolar.Countries;
using Multipolar.Polarity;
using Multipolar.Poles;

namespace Multipolar.Cli.Commands.Polarity;

/// <summary>Options of <c>multipolar polarity</c> (docs/polarity.md): the network definition, the search and the output.</summary>
public class PolaritySettings : AlignmentSettings
{
    private static readonly PeriodRangeOptions RangeOptions = new("YEAR", "First year.", "Last year.", "One year (same as --from Y --to Y).");
    private static readonly Option<double> ResolutionOption = CliSymbols.Number("--resolution", "GAMMA", "Resolution γ of modularity (default 1; larger: more, smaller communities).", 1.0);
    private static readonly Option<bool> SignedOption = new("--signed")
    {
        HelpName = "true|false",
        Description = "Centre the weights on the year's mean pairwise value so that pairs agreeing less than usual repel (signed modularity, Traag and Bruggeman 2009). Default true; --signed false uses the raw measure.",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => true,
    };
    private static readonly Option<int> MinVotesOption = CliSymbols.Int("--min-votes", "N", "States with fewer votes in the year are left out (default 10).", 10);
    private static readonly Option<int> MinJointOption = CliSymbols.Int("--min-joint-votes", "N", "Pairs with fewer joint votes get no edge (default 10).", 10);
    private static readonly Option<int> SeedsOption = CliSymbols.Int("--seeds", "N", "Leiden runs (seeds 0..N-1) per resolution; the best partition is reported (default 10).", 10);
    private static readonly Option<double> StepOption = CliSymbols.Number("--neighbour-step", "STEP", "Stability also runs at γ×(1−STEP) and γ×(1+STEP) (default 0.1; 0: seeds only).", 0.1);
    private static readonly Option<string> PolesOption = CliSymbols.Text("--poles", "ISO3,...", "The poles that label communities (default USA,RUS,CHN; RUS holds the USSR seat before 1992, CHN has no votes before 25 Oct 1971).", "USA,RUS,CHN");
    private static readonly Option<bool> MembersOption = CliSymbols.Flag("--members", "Long form: one row per year and state (community, label, member stability), for maps.");
    private static readonly Option<bool> CommunitiesOption = CliSymbols.Flag("--communities", "One row per year and community, with its members.");
    private static readonly Option<bool> RobustnessOption = CliSymbols.Flag("--robustness", "The partition under signed weights at γ = 0.5..2 and raw weights at γ = 1..1.1, compared with the default (adjusted Rand index).");

    /// <summary>One year.</summary>
    public int? Year { get; private set; }

    /// <summary>First year.</summary>
    public int? From { get; private set; }

    /// <summary>Last year.</summary>
    public int? To { get; private set; }

    /// <summary>γ.</summary>
    public double Resolution { get; private set; } = 1;

    /// <summary>Signed weights.</summary>
    public bool Signed { get; private set; } = true;

    /// <summary>Minimum votes.</summary>
    public int MinVotes { get; private set; } = 10;

    /// <summary>Minimum joint votes.</summary>
    public int MinJointVotes { get; private set; } = 10;

    /// <summary>Seeds.</summary>
    public int Seeds { get; private set; } = 10;

    /// <summary>Neighbouring-γ step.</summary>
    public double NeighbourStep { get; private set; } = 0.1;

    /// <summary>Pole codes.</summary>
    public string Poles { get; private set; } = "USA,RUS,CHN";

    /// <summary>Long form.</summary>
    public bool Members { get; private set; }

    /// <summary>Per community.</summary>
    public bool Communities { get; private set; }

    /// <summary>Robustness output.</summary>
    public bool Robustness { get; private set; }

    /// <summary>The first year asked for.</summary>
    public int? First => Range.First;

    /// <summary>The last year asked for.</summary>
    public int? Last => Range.Last;

    private PeriodRange Range => new(Year, From, To);

    /// <summary>The engine options.</summary>
    public PolarityOptions PolarityOptions => new()
    {
        Measure = ParsedMeasure,
        Slice = ParsedSlice,
        Alignment = Options,
        Signed = Signed,
        Resolution = Resolution,
        MinVotes = MinVotes,
        MinJointVotes = MinJointVotes,
        Seeds = Seeds,
        NeighbourStep = NeighbourStep,
    };

    /// <summary>The poles, parsed by the shared <see cref="PoleSet"/> (issue 12): two or more states, none twice.</summary>
    public PoleSet ResolvedPoles() => PoleSet.Parse(Poles);

    /// <inheritdoc />
    public override string? Validate()
    {
        if (Range.Validate() is { } range)
        {
            return range;
        }

        if (!(Resolution > 0))
        {
            return $"--resolution {Resolution}: use a positive number, e.g. 1.";
        }

        if (MinVotes < 1 || MinJointVotes < 1)
        {
            return $"--min-votes {MinVotes} / --min-joint-votes {MinJointVotes}: use 1 or more.";
        }

        if (Seeds is < 1 or > 1000)
        {
            return $"--seeds {Seeds}: use 1 to 1000.";
        }

        if (NeighbourStep is < 0 or > 0.9)
        {
            return $"--neighbour-step {NeighbourStep}: use 0 to 0.9.";
        }

        if ((Members ? 1 : 0) + (Communities ? 1 : 0) + (Robustness ? 1 : 0) > 1)
        {
            return "--members, --communities and --robustness are different outputs: give one.";
        }

        if (Poles.Split(',', StringSplitOptions.RemoveEmptyEntries).Length == 0)
        {
            return "--poles is empty: give ISO3 codes, e.g. --poles USA,RUS,CHN.";
        }

        return base.Validate();
    }

    internal override void Declare(Command command)
    {
        base.Declare(command);
        RangeOptions.Declare(command);
        command.Add(ResolutionOption);
        command.Add(SignedOption);
        command.Add(MinVotesOption);
        command.Add(MinJointOption);
        command.Add(SeedsOption);
        command.Add(StepOption);
        command.Add(PolesOption);
        command.Add(MembersOption);
        command.Add(CommunitiesOption);
        command.Add(RobustnessOption);
    }

    internal override void Bind(ParseResult result)
    {
        base.Bind(result);
        (Year, From, To) = RangeOptions.Bind(result);
        Resolution = result.GetValue(ResolutionOption);
        Signed = result.GetValue(SignedOption);
        MinVotes = result.GetValue(MinVotesOption);
        MinJointVotes = result.GetValue(MinJointOption);
        Seeds = result.GetValue(SeedsOption);
        NeighbourStep = result.GetValue(StepOption);
        Poles = result.GetValue(PolesOption) ?? "USA,RUS,CHN";
        Members = result.GetValue(MembersOption);
        Communities = result.GetValue(CommunitiesOption);
        Robustness = result.GetValue(RobustnessOption);
    }
}
