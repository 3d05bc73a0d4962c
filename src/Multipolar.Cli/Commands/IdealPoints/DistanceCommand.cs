using System.CommandLine;
using Multipolar.Cli.Output;
using Multipolar.Countries;
using Multipolar.IdealPoints;
using Spectre.Console;
using Multipolar.Cli.Parsing;

namespace Multipolar.Cli.Commands.IdealPoints;

/// <summary><c>multipolar distance A B</c>: the ideal-point distance series of a dyad.</summary>
public sealed class DistanceCommand : CliCommand<DistanceCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : IdealSettings
    {
        private static readonly Option<bool> StaticOption = CliSymbols.Flag("--static", "A static fit per period instead of the dynamic model (the default here: distances comparable over time).");

        /// <summary>Static instead of dynamic.</summary>
        public bool Static { get; private set; }

        /// <inheritdoc />
        public override string? Validate() =>
            States.Length != 2 ? "distance takes two states, e.g. distance RUS CHN." : base.Validate();

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(StaticOption);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            Static = result.GetValue(StaticOption);
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        var a = CountryReference.Default.Resolve(settings.States[0]);
        var b = CountryReference.Default.Resolve(settings.States[1]);
        using var store = settings.OpenStore(readOnly: false);
        var fits = IdealRun.Estimate(store, settings, settings.From ?? settings.Year, settings.To ?? settings.Year, dynamic: !settings.Static);
        var t = new Tabular(
            $"Ideal-point distance {a.Name} ({a.Iso3}) – {b.Name} ({b.Iso3}), {(settings.Static ? "static fits" : "dynamic model")}",
            [new("period", settings.Options.Period == IdealPointPeriod.Year ? "Year" : "Session", true), new("state_a", "A"), new("state_b", "B"),
             new("estimate_a", a.Iso3, true), new("estimate_b", b.Iso3, true), new("distance", "|A − B|", true), new("std_error", "SE", true)]);
        foreach (var fit in fits)
        {
            foreach (var period in fit.Periods)
            {
                if (fit.TryGet(a, period, out var pa) && fit.TryGet(b, period, out var pb))
                {
                    // SE of the difference, treating the two estimates as independent.
                    t.Add(period, a.Iso3, b.Iso3, pa.Estimate, pb.Estimate, Math.Abs(pa.Estimate - pb.Estimate), Math.Sqrt((pa.StandardError * pa.StandardError) + (pb.StandardError * pb.StandardError)));
                }
            }
        }

        t.Notes.Add(Markup.Escape(IdealRun.Diagnostics(fits)));
        if (settings.Bootstrap > 0)
        {
            t.Notes.Add($"[grey]{Markup.Escape(IdealRun.UncertaintyNote(fits))} The distance's SE combines the two bootstrap SEs as if independent.[/]");
        }
        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }
}
