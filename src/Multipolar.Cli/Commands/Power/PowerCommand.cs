using System.CommandLine;
using Multipolar.Cli.Output;
using Multipolar.Cli.Parsing;
using Multipolar.Countries;
using Multipolar.Cases;
using Multipolar.Data.Store;
using Multipolar.Polarity;
using Multipolar.Power;
using Spectre.Console;

namespace Multipolar.Cli.Commands.Power;

/// <summary>
/// <c>multipolar power</c>: material polarity per year (concentration and effective number of major powers,
/// by CINC and GDP); <c>power --year Y</c>: every state's shares; <c>power A B</c>: a dyad's ratios (A/B).
/// </summary>
public sealed class PowerCommand : CliCommand<PowerCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : QuerySettings
    {
        private static readonly Argument<string[]> StatesArgument = CliSymbols.Many("STATES", "Two states for their ratios A/B (e.g. CHN RUS); none for the series.");
        private static readonly PeriodRangeOptions RangeOptions = new("YEAR", "First year (default 1946).", "Last year (default: the data's last).");
        private static readonly Option<int?> YearOption = CliSymbols.Int("--year", "YEAR", "One year: every state's CINC and GDP share.");

        /// <summary>States.</summary>
        public string[] States { get; private set; } = [];

        /// <summary>First year.</summary>
        public int? From { get; private set; }

        /// <summary>Last year.</summary>
        public int? To { get; private set; }

        /// <summary>One year.</summary>
        public int? Year { get; private set; }

        /// <inheritdoc />
        public override string? Validate() =>
            States.Length is not (0 or 2) ? $"power takes no state (the series) or two (their ratios), not {States.Length}."
            : new PeriodRange(null, From, To).Validate() is { } range ? range
            : Year is not null && States.Length > 0 ? "--year lists every state's shares; leave out the states, or use --from/--to with two states."
            : base.Validate();

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(StatesArgument);
            RangeOptions.Declare(command);
            command.Add(YearOption);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            States = result.GetValue(StatesArgument) ?? [];
            (_, From, To) = RangeOptions.Bind(result);
            Year = result.GetValue(YearOption);
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore();
        var data = store.LoadPower();
        if (data.IsEmpty)
        {
            throw new ArgumentException("the store holds no material-power data: run 'multipolar ingest ../shared/data/cow ../shared/data/worldbank' first.");
        }

        var t = settings.Year is int year ? Shares(data, year)
            : settings.States.Length == 2 ? Ratios(data, CountryReference.Default.Resolve(settings.States[0]), CountryReference.Default.Resolve(settings.States[1]), settings.From ?? 1946, settings.To)
            : Series(data, VotingPolarity.Compute(store.LoadMatrix(new MatrixQuery { WithText = false, FromYear = settings.From ?? 1946, ToYear = settings.To }), settings.From ?? 1946, settings.To), settings.From ?? 1946, settings.To);
        t.Notes.Add(Markup.Escape($"material data version {data.Version}; vote data version {store.DataVersion}"));
        foreach (var c in PowerAnalysis.Citations)
        {
            t.Notes.Add(Markup.Escape($"[{c}]"));
        }

        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }

    private static Tabular Series(PowerData data, PolarityResult voting, int from, int? to)
    {
        var t = new Tabular($"Material polarity among the major powers and voting polarity of the Assembly, {from}–{to?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "latest"}",
        [
            new("year", "Year", true), new("majors", "Major powers"), new("cinc_concentration", "CON (CINC)", true), new("cinc_effective_number", "Eff. N (CINC)", true),
            new("gdp_concentration", "CON (GDP)", true), new("gdp_effective_number", "Eff. N (GDP)", true), new("n_majors", "N majors", true),
            new("n_cinc_states", "N CINC", true), new("n_gdp_states", "N GDP", true), new("nmc_version", "NMC"),
            new("voting_effective_poles", "Eff. poles (votes)", true), new("voting_communities", "Comm. (votes)", true), new("voting_states", "N states (votes)", true),
        ]);
        var material = PowerAnalysis.Series(data, from, to).ToDictionary(y => y.Year);
        var votes = voting.Years.ToDictionary(y => y.Period);
        foreach (var year in material.Keys.Union(votes.Keys).Order())
        {
            var v = votes.GetValueOrDefault(year);
            object?[] right = [v?.EffectivePoles, v?.CommunityCount, v?.Network.States.Length];
            if (material.TryGetValue(year, out var y))
            {
                t.Add([y.Year, string.Join(' ', y.Majors.Select(m => m.State.Iso3)), y.CincConcentration, y.CincEffectiveNumber, y.GdpConcentration, y.GdpEffectiveNumber,
                    y.Majors.Length, y.CincStates, y.GdpStates, y.Version is { } nmc ? $"v{(int)nmc}.0" : null, .. right]);
            }
            else
            {
                t.Add([year, null, null, null, null, null, null, null, null, null, .. right]);
            }
        }

        t.Notes.Add(Markup.Escape($"Eff. poles (votes): Laakso–Taagepera effective number over the sizes of the Leiden communities of the states' agreement network (docs/polarity.md; options {voting.Options}); empty where the store has no roll call."));
        foreach (var c in VotingPolarity.Citations)
        {
            t.Notes.Add(Markup.Escape($"[{c}]"));
        }

        t.Notes.Add("CON: Ray–Singer concentration of the major powers' shares (0 equal, 1 one holds all); Eff. N: 1/Σ share². GDP figures are undefined in years a major power has none (the USSR before 1989).");
        return t;
    }

    private static Tabular Shares(PowerData data, int year)
    {
        var t = new Tabular($"CINC and GDP shares, {year}",
        [
            new("year", "Year", true), new("iso3", "ISO3"), new("name", "State"), new("cinc", "CINC", true), new("gdp_share", "GDP share", true),
            new("major_power", "Major power"), new("n_gdp_states", "N GDP", true),
        ]);
        var majors = MajorPowers.In(year);
        foreach (var s in PowerAnalysis.Shares(data, year))
        {
            t.Add(year, s.State.Iso3, s.State.Name, s.Cinc, s.GdpShare, majors.Contains(s.State), s.GdpStates);
        }

        return t;
    }

    private static Tabular Ratios(PowerData data, Country a, Country b, int from, int? to)
    {
        var t = new Tabular($"{a.Name} / {b.Name}: material ratios",
        [
            new("year", "Year", true), new("iso3_a", "A"), new("iso3_b", "B"), new("cinc_a", "CINC A", true), new("cinc_b", "CINC B", true),
            new("cinc_ratio", "CINC A/B", true), new("gdp_a_usd", "GDP A (US$)", true), new("gdp_b_usd", "GDP B (US$)", true), new("gdp_ratio", "GDP A/B", true), new("nmc_version", "NMC"),
        ]);
        foreach (var r in PowerAnalysis.Ratios(data, a, b, from, to))
        {
            t.Add(r.Year, a.Iso3, b.Iso3, r.CincA, r.CincB, r.CincRatio, r.GdpA, r.GdpB, r.GdpRatio, r.Version is { } v ? $"v{(int)v}.0" : null);
        }

        return t;
    }
}
