using Multipolar.Alignment;
using Multipolar.Cli.Output;
using Multipolar.Cli.Parsing;
using Multipolar.Shifts;
using Spectre.Console;

namespace Multipolar.Cli.Commands.Shifts;

/// <summary><c>multipolar sphere BLOC --poles A,B</c>: a bloc's drift between two poles (docs/polarity.md, Spheres).</summary>
public sealed class SphereCommand : CliCommand<ShiftSettings>
{
    /// <inheritdoc />
    public override int Execute(ShiftSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Subjects.Length != 1)
        {
            throw new ArgumentException("sphere takes one bloc code, e.g. sphere C5 --poles RUS,CHN --from 1992.");
        }

        var bloc = ShiftSettings.ResolveBloc(settings.Subjects[0]);
        var (first, second) = settings.TwoPoles("RUS,CHN");
        var measure = settings.ParsedMeasure;
        using var store = settings.OpenStore();
        var votes = store.LoadMatrix(settings.VotesQuery(settings.From, settings.To));
        var drift = Spheres.Compute(votes, bloc, first, second, measure, settings.ParsedSlice, settings.Options, settings.From, settings.To);
        var key = measure.Key();
        var options = $"measure={key} slice={settings.ParsedSlice.Key} {settings.Options}";
        Tabular t;
        if (settings.Crossovers)
        {
            t = new Tabular($"{bloc.Code}: crossovers from {first.Code} to {second.Code} (lean = {key} with {second.Code} − with {first.Code}; the new sign for {Spheres.PersistYears}+ years)",
            [
                new("bloc", "Bloc"), new("iso3", "ISO3"), new("first_pole", "Pole 1"), new("second_pole", "Pole 2"), new("crossover_year", "Crossover", true),
                new("normalised_crossover_year", "Normalised", true), new("lean_change", "Lean change", true), new("top_roll_calls", "Votes behind the normalised crossover (rcid: contribution)"), new("measure", "Measure"),
            ]);
            foreach (var c in drift.Crossovers)
            {
                var top = c.Votes is { } s ? string.Join("; ", s.Contributions.Take(3).Select(r => FormattableString.Invariant($"{r.RollCall.Id.Value} {ShiftOutput.Short(r.RollCall.Title ?? r.RollCall.Description)}: {r.Contribution:+0.000;-0.000}"))) : "";
                t.Add(bloc.Code, c.State.Iso3, first.Code, second.Code, c.Crossover, c.NormalisedCrossover, c.Votes?.Change ?? double.NaN, top, key);
            }
        }
        else if (settings.Mean)
        {
            t = new Tabular($"{bloc.Code} between {first.Code} and {second.Code}: bloc mean per year",
            [
                new("bloc", "Bloc"), new("year", "Year", true), new("first_pole", "Pole 1"), new("second_pole", "Pole 2"), new("members", "Members", true),
                new("lean", "Lean", true), new("normalised_lean", "Normalised", true), new("first_popularity", $"{first.Code} popularity", true),
                new("second_popularity", $"{second.Code} popularity", true), new("measure", "Measure"),
            ]);
            foreach (var m in drift.Means)
            {
                t.Add(bloc.Code, m.Period, first.Code, second.Code, m.Members, m.Lean, m.NormalisedLean, m.FirstPopularity, m.SecondPopularity, key);
            }
        }
        else
        {
            t = new Tabular($"{bloc.Code} between {first.Code} and {second.Code}: each member's {key} with the poles (lean > 0: toward {second.Code})",
            [
                new("bloc", "Bloc"), new("year", "Year", true), new("iso3", "ISO3"), new("first_pole", "Pole 1"), new("second_pole", "Pole 2"),
                new("with_first", $"with {first.Code}", true), new("n_first", "N", true), new("with_second", $"with {second.Code}", true), new("n_second", "N", true),
                new("lean", "Lean", true), new("normalised_lean", "Normalised", true), new("measure", "Measure"),
            ]);
            foreach (var r in drift.Rows)
            {
                t.Add(bloc.Code, r.Period, r.State.Iso3, first.Code, second.Code, r.WithFirst.Value, r.WithFirst.N, r.WithSecond.Value, r.WithSecond.N, r.Lean, r.NormalisedLean, key);
            }

            foreach (var c in drift.Crossovers.Where(c => c.Crossover is not null || c.NormalisedCrossover is not null))
            {
                t.Notes.Add(Markup.Escape($"{c.State.Iso3} crossed over in {c.Crossover?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–"} (normalised: {c.NormalisedCrossover?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–"}); sphere {bloc.Code} --crossovers lists the votes."));
            }
        }

        t.Notes.Add(Markup.Escape($"Normalised lean: each pole's {key} with a member minus the pole's mean {key} with every other state that year. Options: {options}"));
        foreach (var note in new[] { first, second }.Where(p => p.Note is not null))
        {
            t.Notes.Add(Markup.Escape($"{note.Code}: {note.Note}"));
        }

        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }
}
