using System.CommandLine;
using Multipolar.Alignment;
using Multipolar.Cli.Output;
using Multipolar.Cli.Parsing;
using Multipolar.Poles;
using Spectre.Console;

namespace Multipolar.Cli.Commands.Poles;

/// <summary><c>multipolar multialign --year 2023</c>: the multi-alignment ranking of one year, with classes and their stability.</summary>
public sealed class MultialignCommand : CliCommand<MultialignCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : PoleSettings
    {
        private static readonly Option<int> TopOption = CliSymbols.Int("--top", "N", "How many states (default 20; 0 = all).", 20);
        private static readonly Option<int> MinVotesOption = CliSymbols.Int("--min-votes", "N", "Joint votes with every pole an issue area needs to count (default 10).", 10);

        /// <summary>How many.</summary>
        public int Top { get; private set; } = 20;

        /// <summary>Minimum joint votes per area.</summary>
        public int MinVotes { get; private set; } = 10;

        /// <inheritdoc />
        public override string? Validate() =>
            Year is null ? "--year is required, e.g. --year 2019."
            : Top < 0 ? "--top must be 0 (all) or more."
            : MinVotes < 2 ? "--min-votes must be at least 2."
            : base.Validate();

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(TopOption);
            command.Add(MinVotesOption);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            Top = result.GetValue(TopOption);
            MinVotes = result.GetValue(MinVotesOption);
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        var period = settings.Year!.Value;
        var poles = settings.Poles;
        var measure = settings.ParsedMeasure;
        var options = new MultiAlignmentOptions { MinVotes = settings.MinVotes };
        using var store = settings.OpenStore();
        var votes = store.LoadMatrix(settings.VotesQuery(period, period));
        var query = MultiAlignment.QueryFor(poles, measure, settings.Options, period, period, options);
        var table = PoleProfiles.Compute(votes, query);
        if (!table.Periods.Contains(period))
        {
            throw new ArgumentException($"no roll calls in the store in {period}.");
        }

        var ranking = MultiAlignment.Rank(table, period, options);
        var low = options with { MinVotes = Math.Max(2, settings.MinVotes / 2) };
        var high = options with { MinVotes = settings.MinVotes * 2 };
        var stability = MultiAlignment.Stability(votes, query, period, options).ToDictionary(s => s.State);
        var key = MeasureRegistry.Get(measure).Key;
        var t = new Tabular($"Multi-alignment {period} against {poles.Key} ({key}, areas with at least {settings.MinVotes} joint votes)",
        [
            new("rank", "Rank", true), new("iso3", "ISO3"), new("country", "Country"), new("period", "Year", true), new("poles", "Poles"),
            new("mai", "MAI", true), new("dispersion", "D", true), new("spread", "σ", true), new("net", "Net", true),
            new("areas", "Areas", true), new("n", "N", true), new("nearest_pole", "Nearest"), new("class", "Class"),
            new("class_stability", "Stable", true), new("mai_min_half", $"MAI≥{low.MinVotes}", true), new("mai_min_double", $"MAI≥{high.MinVotes}", true),
        ]);
        var rank = 0;
        foreach (var v in ranking.Take(settings.Top == 0 ? int.MaxValue : settings.Top))
        {
            var s = stability[v.State];
            t.Add(++rank, v.State.Iso3, v.State.Name, period, poles.Key, v.Index, v.Dispersion, v.Spread, v.Net, v.Areas, v.Votes,
                v.Nearest?.Code, v.Label, s.Share,
                MultiAlignment.Classify(table, v.State, period, low).Index, MultiAlignment.Classify(table, v.State, period, high).Index);
        }

        t.Notes.Add(Markup.Escape($"MAI = sqrt(D x sigma): D how much the nearest pole changes across issue areas (vote-weighted), sigma the spread of the net alignment ({poles.First.Code} v the others) across areas; multi-aligned from {options.MultiAlignedThreshold}, hedging when |net| < {options.HedgingThreshold} (docs/analytics.md)."));
        t.Notes.Add(Markup.Escape($"class_stability: share of the engine's {SensitivityVariant.Around(settings.Options).Count} measurement variants (abstention, distance, roll-call set) giving the same class. options: {settings.Options}"));
        foreach (var note in poles.Notes)
        {
            t.Notes.Add(Markup.Escape(note));
        }

        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }
}
