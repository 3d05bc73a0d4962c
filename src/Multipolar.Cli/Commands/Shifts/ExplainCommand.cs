using Multipolar.Alignment;
using Multipolar.Cli.Output;
using Multipolar.Cli.Parsing;
using Multipolar.Shifts;

namespace Multipolar.Cli.Commands.Shifts;

/// <summary><c>multipolar explain A B --from Y0 --to Y1</c>: the roll calls behind a change in alignment (docs/polarity.md, Explanations).</summary>
public sealed class ExplainCommand : CliCommand<ShiftSettings>
{
    /// <inheritdoc />
    public override int Execute(ShiftSettings settings, CancellationToken cancellationToken)
    {
        if (settings.From is not int from || settings.To is not int to)
        {
            throw new ArgumentException("explain needs --from and --to, e.g. explain RUS CHN --from 2005 --to 2015.");
        }

        if (settings.ParsedMeasure is not (Measure.Agreement or Measure.S))
        {
            throw new ArgumentException($"--measure {settings.ParsedMeasure.Key()}: explain decomposes agreement (agree; S = 2·agree − 1 moves with the same roll calls); κ and π are not means over roll calls.");
        }

        using var store = settings.OpenStore();
        var slice = settings.ParsedSlice;
        Shift shift;
        if (settings.Bloc is { } code)
        {
            var bloc = ShiftSettings.ResolveBloc(code);
            var votes = Load(store, settings, from, to, []);
            var members = bloc.States.Where(s => votes.IndexOf(s) >= 0 && bloc.MembersIn(from).Contains(s) && bloc.MembersIn(to).Contains(s)).ToArray();
            if (settings.Poles is not null)
            {
                var (first, second) = settings.TwoPoles("RUS,CHN");
                var others = members.Where(m => m != first.State && m != second.State).ToArray();
                shift = Multipolar.Shifts.Shifts.Combined(votes, [.. others.SelectMany(m => new[] { new WeightedDyad(m, second.State, 1.0 / others.Length), new WeightedDyad(m, first.State, -1.0 / others.Length) })],
                    from, to, settings.Options, slice, $"mean lean of {bloc.Code} toward {second.Code} rather than {first.Code}");
            }
            else
            {
                var pairs = members.SelectMany((a, i) => members.Skip(i + 1).Select(b => (a, b))).ToArray();
                shift = Multipolar.Shifts.Shifts.Combined(votes, [.. pairs.Select(p => new WeightedDyad(p.a, p.b, 1.0 / pairs.Length))], from, to, settings.Options, slice, $"cohesion of {bloc.Code}");
            }
        }
        else
        {
            var (a, b) = settings.Dyad("explain");
            var votes = Load(store, settings, from, to, [a, b]);
            shift = Multipolar.Shifts.Shifts.Dyad(votes, a, b, from, to, settings.Options, slice);
        }

        var t = ShiftOutput.Contributions(shift, settings.Count, settings.ParsedMeasure.Key());
        if (settings.ParsedMeasure == Measure.S)
        {
            t.Notes.Add("S = 2·agree − 1: its change and every contribution are twice those listed.");
        }

        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }

    /// <summary>The votes with titles of the two years (a rolling window or sessions reach further back).</summary>
    internal static Multipolar.Votes.VoteMatrix Load(Multipolar.Data.Store.VoteStore store, ShiftSettings settings, int from, int to, Multipolar.Countries.Country[] states)
    {
        var query = settings.VotesQuery(from, to, states) with { WithText = true };
        return store.LoadMatrix(query);
    }
}
