using System.CommandLine;
using Multipolar.Alignment;
using Multipolar.Cli.Output;
using Multipolar.Cli.Parsing;
using Multipolar.Countries;
using Multipolar.IdealPoints;
using Multipolar.Poles;
using Spectre.Console;

namespace Multipolar.Cli.Commands.Poles;

/// <summary><c>multipolar profile IND</c>: a state's alignment with each pole per year and issue area.</summary>
public sealed class ProfileCommand : CliCommand<ProfileCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : PoleSettings
    {
        private static readonly Argument<string> StateArgument = CliSymbols.Required("STATE", "A state (any code or name).");
        private static readonly Option<bool> IdealOption = CliSymbols.Flag("--ideal",
            "Also the ideal-point distance to each pole and the ideal-point net alignment: the store's precomputed static points when they cover the range (written by 'multipolar ideal'), else one dynamic fit over the range (slower).");

        /// <summary>The state.</summary>
        public string State { get; private set; } = "";

        /// <summary>Ideal points too.</summary>
        public bool Ideal { get; private set; }

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(StateArgument);
            command.Add(IdealOption);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            State = result.GetValue(StateArgument) ?? "";
            Ideal = result.GetValue(IdealOption);
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        var state = CountryReference.Default.Resolve(settings.State);
        Timings.Mark("state resolved");
        var poles = settings.Poles;
        var measure = settings.ParsedMeasure;
        var slices = settings.AllIssues ? [.. Slice.Standard] : new[] { settings.ParsedSlice };
        using var store = settings.OpenStore();
        Country[] rows = settings.Ideal ? [] : [state, .. poles.Poles.Select(p => p.State)];
        var votes = store.LoadMatrix(settings.VotesQuery(settings.First, settings.Last, rows));
        Timings.Mark("votes loaded");
        if (votes.IndexOf(state) < 0)
        {
            throw new ArgumentException($"{state.Name} ({state.Iso3}) has no votes in the store{settings.RangeText}.");
        }

        var table = PoleProfiles.Compute(votes, new ProfileQuery
        {
            Poles = poles,
            Measure = measure,
            Slices = [.. slices],
            Options = settings.Options,
            From = settings.First,
            To = settings.Last,
            States = [state],
        });
        if (table.Periods.IsEmpty)
        {
            throw new ArgumentException($"no roll calls in the store{settings.RangeText}.");
        }

        Timings.Mark("profiles computed");

        (Dictionary<(int, string), (double Distance, double StandardError)>? ideal, string idealSource) = settings.Ideal ? IdealByPeriod(store, votes, table, state, poles, settings.Options.Period) : (null, "");
        var key = MeasureRegistry.Get(measure).Key;
        var columns = new List<TabularColumn>
        {
            new("iso3", "ISO3"), new("period", "Year", true), new("slice", "Issue"), new("pole", "Pole"), new("measure", "Measure"),
            new("value", key, true), new("n", "N", true), new("nearest_pole", "Nearest"), new("net", "Net", true), new("net_n", "Net N", true),
        };
        if (ideal is not null)
        {
            columns.AddRange([new("ideal_distance", "IP dist.", true), new("ideal_se", "SE", true), new("ideal_net", "IP net", true)]);
        }

        var t = new Tabular($"Profile of {state.Name} ({state.Iso3}) against {poles.Key}, {key}", columns);
        foreach (var row in table.Rows(state))
        {
            var nearest = table.Nearest(state, row.Slice, row.Period);
            var net = table.Net(state, row.Slice, row.Period);
            var values = new List<object?>
            {
                state.Iso3, row.Period, row.Slice.Key, row.Pole.Code, key, row.Value.Value, row.Value.N,
                nearest.Pole?.Code, net.Value, net.N,
            };
            if (ideal is not null)
            {
                if (row.Slice == Slice.All && ideal.TryGetValue((row.Period, row.Pole.Code), out var d))
                {
                    values.AddRange([d.Distance, d.StandardError, ideal.GetValueOrDefault((row.Period, "net")).Distance]);
                }
                else
                {
                    values.AddRange([null, null, null]);
                }
            }

            t.Add([.. values]);
        }

        t.Notes.Add(Markup.Escape($"options: measure={key} poles={poles.Key} {settings.Options}; net = similarity with {poles.First.Code} minus the mean with the other poles, in [-1, 1] (docs/analytics.md)."));
        foreach (var note in poles.Notes)
        {
            t.Notes.Add(Markup.Escape(note));
        }

        if (ideal is not null)
        {
            t.Notes.Add(Markup.Escape($"ideal points: {idealSource}; ideal_net = net alignment {poles.Poles[0].Code} v {poles.Poles[1].Code} on the segment between the poles (docs/analytics.md)."));
        }

        t.Notes.Add(Markup.Escape($"[{MeasureRegistry.Get(measure).Citation}]"));
        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }

    /// <summary>
    /// The distance to each pole per period and, under (period, "net"), the ideal-point net alignment first pole v second:
    /// from the store's precomputed static points (the latest fit per state and year) when they cover every period of
    /// the table, else from one dynamic fit over the range (one scale for every year; a fit per year is not run).
    /// </summary>
    private static (Dictionary<(int, string), (double Distance, double StandardError)>, string) IdealByPeriod(
        Data.Store.VoteStore store, Votes.VoteMatrix votes, PoleProfileTable table, Country state, PoleSet poles, PeriodKind kind)
    {
        var result = new Dictionary<(int, string), (double, double)>();
        Country[] states = [state, .. poles.Poles.Select(p => p.State).Where(p => !ReferenceEquals(p, state))];
        var stored = kind == PeriodKind.Year
            ? store.ReadIdealPoints(dynamic: false, states, table.Periods)
                .GroupBy(r => (r.Point.State.Iso3, r.Point.Period)).Select(g => g.MaxBy(r => r.ComputedAt).Point).ToArray()
            : [];
        string source;
        IReadOnlyCollection<IdealPoint> points;
        if (stored.Length > 0 && table.Periods.All(t => stored.Any(p => p.Period == t && ReferenceEquals(p.State, state))))
        {
            (points, source) = (stored, "the store's precomputed static fits (one per year)");
        }
        else
        {
            var options = new IdealPointOptions { Period = kind == PeriodKind.Session ? IdealPointPeriod.Session : IdealPointPeriod.Year };
            var fit = IdealPointEstimator.EstimateDynamic(votes, table.Periods[0], table.Periods[^1], options);
            points = [.. states.SelectMany(s => fit.Series(s))];
            source = FormattableString.Invariant($"one dynamic fit over {table.Periods[0]}-{table.Periods[^1]} (no precomputed static points cover the range)");
        }

        foreach (var d in PoleDistances.Compute(points, state, poles))
        {
            result[(d.Period, d.Pole.Code)] = (d.Distance, d.StandardError);
        }

        var at = points.ToDictionary(p => (p.State.Iso3, p.Period));
        foreach (var period in table.Periods)
        {
            result[(period, "net")] = at.TryGetValue((state.Iso3, period), out var x) && at.TryGetValue((poles.Poles[0].Code, period), out var a) && at.TryGetValue((poles.Poles[1].Code, period), out var b)
                ? (NetAlignment.FromIdealPoints(x.Estimate, a.Estimate, b.Estimate), double.NaN)
                : (double.NaN, double.NaN);
        }

        return (result, source);
    }
}
