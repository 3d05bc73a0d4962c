using Multipolar.Alignment;
using Multipolar.Cli.Output;
using Multipolar.Cli.Parsing;
using Multipolar.Countries;
using Multipolar.Data.Store;
using Multipolar.IdealPoints;
using Multipolar.Shifts;
using Spectre.Console;

namespace Multipolar.Cli.Commands.Shifts;

/// <summary><c>multipolar converge A B --from Y0 --to Y1</c>: who converged on whom (docs/polarity.md, Convergence).</summary>
public sealed class ConvergeCommand : CliCommand<ShiftSettings>
{
    /// <inheritdoc />
    public override int Execute(ShiftSettings settings, CancellationToken cancellationToken)
    {
        var (a, b) = settings.Dyad("converge");
        if (settings.From is not int from || settings.To is not int to)
        {
            throw new ArgumentException("converge needs --from and --to, e.g. converge RUS CHN --from 1992 --to 2019.");
        }

        var key = settings.ParsedMeasure.Key();
        IdealConvergence? ideal;
        string idealSource;
        DyadicConvergence dyadic;
        using (var store = settings.OpenStore())
        {
            var votes = ExplainCommand.Load(store, settings, from, to, [a, b]);
            dyadic = Convergence.Dyadic(votes, a, b, from, to, settings.Options, settings.ParsedSlice);
            (ideal, idealSource) = StoredIdeal(store, a, b, from, to);
        }

        if (ideal is null)
        {
            // No stored dynamic fit covers both years: fit one over [from, to] and keep it (as 'distance' does).
            using var store = settings.OpenStore(readOnly: false);
            var votes = store.LoadMatrix(new MatrixQuery { FromYear = from, ToYear = to });
            var fit = IdealPointEstimator.EstimateDynamic(votes, from, to, default(IdealPointOptions));
            store.WriteIdealPoints([fit]);
            ideal = FromFit(fit, a, b, from, to);
            idealSource = $"dynamic model fitted now over {from}–{to} and stored";
        }

        if (settings.Votes)
        {
            WriteVotes(settings, a, b, from, to, dyadic, key);
            return 0;
        }

        var t = new Tabular($"Who converged on whom: {a.Iso3} and {b.Iso3}, {from} → {to}",
        [
            new("a", "A"), new("b", "B"), new("from", "From", true), new("to", "To", true), new("component", "Component"), new("iso3", "State"),
            new("start", "Start", true), new("end", "End", true), new("change", "Change / toward other", true), new("std_error", "SE", true),
            new("lower", "95% low", true), new("upper", "95% high", true), new("n", "N", true), new("measure", "Measure"),
        ]);
        var nan = double.NaN;
        if (ideal is { } i)
        {
            t.Add(a.Iso3, b.Iso3, from, to, "ideal_distance", "", i.DistanceBefore, i.DistanceAfter, i.Change, nan, nan, nan, null, "ideal_point");
            foreach (var m in new[] { i.A, i.B })
            {
                t.Add(a.Iso3, b.Iso3, from, to, "ideal_movement", m.State.Iso3, m.Start.Estimate, m.End.Estimate, m.TowardOther, m.StandardError, m.Lower, m.Upper, null, "ideal_point");
            }
        }

        var s = dyadic.Shift;
        var n = s.Contributions.Length;
        t.Add(a.Iso3, b.Iso3, from, to, "agreement", "", s.Before, s.After, s.Change, nan, nan, nan, n, key);
        t.Add(a.Iso3, b.Iso3, from, to, "agreement_recurring", "", nan, nan, dyadic.MatchedChange, nan, nan, nan, dyadic.Matched.Length, key);
        t.Add(a.Iso3, b.Iso3, from, to, "agreement_by_state", a.Iso3, nan, nan, dyadic.ByA, nan, nan, nan, dyadic.Matched.Length, key);
        t.Add(a.Iso3, b.Iso3, from, to, "agreement_by_state", b.Iso3, nan, nan, dyadic.ByB, nan, nan, nan, dyadic.Matched.Length, key);
        t.Notes.Add(Markup.Escape($"ideal_movement: each state's own move toward where the other stood in {from} (SE from the two years' SEs as if independent); ideal points: {idealSource}."));
        t.Notes.Add(Markup.Escape($"agreement_by_state: on the {dyadic.Matched.Length} roll calls recurring in both years (same title key), the Shapley share of the change in the pair's score due to each state's changed vote; 'converge {a.Iso3} {b.Iso3} --from {from} --to {to} --votes' lists them. Options: measure={key} {settings.Options}"));
        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }

    private static void WriteVotes(ShiftSettings settings, Country a, Country b, int from, int to, DyadicConvergence dyadic, string key)
    {
        var t = new Tabular($"{a.Iso3}–{b.Iso3}: recurring roll calls {from} → {to} and who changed",
        [
            new("a", "A"), new("b", "B"), new("from", "From", true), new("to", "To", true), new("rcid_from", "Roll call (from)", true), new("rcid_to", "Roll call (to)", true),
            new("title", "Title"), new("a_from", $"{a.Iso3} before"), new("b_from", $"{b.Iso3} before"), new("a_to", $"{a.Iso3} after"), new("b_to", $"{b.Iso3} after"),
            new("change", "Change", true), new("by_a", $"by {a.Iso3}", true), new("by_b", $"by {b.Iso3}", true), new("measure", "Measure"),
        ]);
        foreach (var m in dyadic.Matched.Take(settings.Count))
        {
            t.Add(a.Iso3, b.Iso3, from, to, m.Before.Id.Value, m.After.Id.Value, ShiftOutput.Short(m.After.Title ?? m.After.Description), ShiftOutput.Key(m.A0), ShiftOutput.Key(m.B0),
                ShiftOutput.Key(m.A1), ShiftOutput.Key(m.B1), m.Change, m.ByA, m.ByB, key);
        }

        t.Notes.Add(Markup.Escape(FormattableString.Invariant($"{dyadic.Matched.Length} recurring roll calls: mean change {dyadic.MatchedChange:+0.000;-0.000} = by {a.Iso3} {dyadic.ByA:+0.000;-0.000} + by {b.Iso3} {dyadic.ByB:+0.000;-0.000}.")));
        TabularWriter.Write(t, settings.Format, Cli.Console);
    }

    /// <summary>The four points from one stored dynamic fit (all written at the same time), or null.</summary>
    private static (IdealConvergence?, string) StoredIdeal(VoteStore store, Country a, Country b, int from, int to)
    {
        var rows = store.ReadIdealPoints(dynamic: true, [a, b], [from, to]);
        foreach (var fit in rows.GroupBy(r => r.ComputedAt).OrderByDescending(g => g.Key))
        {
            var p = fit.ToDictionary(r => (r.Point.State.Iso3, r.Point.Period), r => r.Point);
            if (p.TryGetValue((a.Iso3, from), out var a0) && p.TryGetValue((a.Iso3, to), out var a1) && p.TryGetValue((b.Iso3, from), out var b0) && p.TryGetValue((b.Iso3, to), out var b1))
            {
                return (Convergence.Ideal(a0, a1, b0, b1), $"stored dynamic fit of {fit.Key:yyyy-MM-dd HH:mm} UTC");
            }
        }

        return (null, "");
    }

    private static IdealConvergence? FromFit(IdealPointFit fit, Country a, Country b, int from, int to) =>
        fit.TryGet(a, from, out var a0) && fit.TryGet(a, to, out var a1) && fit.TryGet(b, from, out var b0) && fit.TryGet(b, to, out var b1)
            ? Convergence.Ideal(a0, a1, b0, b1)
            : null;
}
