using Multipolar.Cli.Output;
using Multipolar.Countries;
using Multipolar.IdealPoints;
using Spectre.Console;
using Multipolar.Cli.Parsing;

namespace Multipolar.Cli.Commands.IdealPoints;

/// <summary>
/// <c>multipolar ideal --year Y</c> (every state, sorted, with intervals) and
/// <c>multipolar ideal RUS CHN USA --from 1992 --to 2019 [--dynamic]</c> (trajectories).
/// </summary>
public sealed class IdealCommand : CliCommand<IdealSettings>
{
    /// <inheritdoc />
    public override int Execute(IdealSettings settings, CancellationToken cancellationToken)
    {
        var states = settings.States.Select(CountryReference.Default.Resolve).ToArray();
        using var store = settings.OpenStore(readOnly: false);
        var periodHeader = settings.Options.Period == IdealPointPeriod.Year ? "Year" : "Session";
        Tabular t;
        IReadOnlyList<IdealPointFit> fits;
        if (states.Length == 0 && !settings.Dynamic)
        {
            var year = settings.Year!.Value;
            fits = IdealRun.Estimate(store, settings, year, year, dynamic: false);
            var points = fits[0].Points.Where(p => p.Period == year).OrderByDescending(p => p.Estimate).ToArray();
            t = new Tabular($"Ideal points {year} (static, one dimension; United States positive{IdealRun.VariantLabel(settings.Options)})", Columns("Rank"));
            var rank = 0;
            foreach (var p in points)
            {
                t.Add(++rank, p.State.Iso3, p.State.Name, p.Estimate, p.StandardError, p.Lower, p.Upper, p.Votes);
            }
        }
        else if (states.Length == 0)
        {
            // The panel: every state in every period of one dynamic fit (--from/--to, else the whole record), or one
            // period of it (--year).
            fits = IdealRun.Estimate(store, settings, settings.From, settings.To, dynamic: true);
            var points = fits[0].Points.Where(p => settings.Year is not int y || p.Period == y)
                .OrderBy(p => p.Period).ThenByDescending(p => p.Estimate).ToArray();
            if (settings.Year is int only && points.Length == 0)
            {
                throw new ArgumentException($"--year {only} is outside the dynamic fit's periods {fits[0].Periods[0]}–{fits[0].Periods[^1]}.");
            }

            t = new Tabular(
                $"Ideal points, dynamic model {fits[0].Periods[0]}–{fits[0].Periods[^1]}{(settings.Year is int yy ? $", {periodHeader.ToLowerInvariant()} {yy}" : ", every state")}{IdealRun.VariantLabel(settings.Options)}",
                Columns(periodHeader));
            foreach (var p in points)
            {
                t.Add(p.Period, p.State.Iso3, p.State.Name, p.Estimate, p.StandardError, p.Lower, p.Upper, p.Votes);
            }
        }
        else
        {
            // --year Y --dynamic: that period of a dynamic fit over --from/--to, else over the whole record.
            var onlyYear = settings.Dynamic && settings.Year is int && settings.From is null && settings.To is null;
            var first = onlyYear ? null : settings.From ?? settings.Year;
            var last = onlyYear ? null : settings.To ?? settings.Year;
            fits = IdealRun.Estimate(store, settings, first, last, settings.Dynamic);
            t = new Tabular(
                $"Ideal points, {(settings.Dynamic ? "dynamic model" : "static fit per period (not comparable across periods; use --dynamic)")}{IdealRun.VariantLabel(settings.Options)}",
                Columns(periodHeader));
            foreach (var state in states)
            {
                foreach (var p in fits.SelectMany(f => f.Series(state)).Where(p => !settings.Dynamic || settings.Year is not int y || p.Period == y).OrderBy(p => p.Period))
                {
                    t.Add(p.Period, state.Iso3, state.Name, p.Estimate, p.StandardError, p.Lower, p.Upper, p.Votes);
                }
            }

            var missing = states.Where(s => t.Rows.All(r => (string)r[1]! != s.Iso3)).ToArray();
            if (missing.Length > 0)
            {
                t.Notes.Add(Markup.Escape($"no estimate for {string.Join(", ", missing.Select(s => s.Iso3))} (no votes, or too few, in the periods)"));
            }
        }

        if (IdealRun.BridgingNote(fits) is { } bridging)
        {
            t.Notes.Add(Markup.Escape(bridging));
        }

        t.Notes.Add(Markup.Escape(IdealRun.Diagnostics(fits)));
        t.Notes.Add($"[grey]{Markup.Escape(IdealRun.UncertaintyNote(fits))}[/]");
        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }

    private static TabularColumn[] Columns(string first) =>
    [
        new(first == "Rank" ? "rank" : "period", first, true), new("iso3", "ISO3"), new("country", "Country"),
        new("estimate", "Ideal point", true), new("std_error", "SE", true), new("lower", "95% low", true), new("upper", "95% high", true),
        new("votes", "Votes", true),
    ];
}
