using System.CommandLine;
using Multipolar.Blocs;
using Multipolar.Cli.Output;
using Multipolar.Cli.Parsing;
using Spectre.Console;

namespace Multipolar.Cli.Commands.Poles;

/// <summary><c>multipolar bloc BRICS</c>: a bloc's cohesion per year, its distance to the poles and other blocs, and its members' distance to its centre.</summary>
public sealed class BlocCommand : CliCommand<BlocCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : BlocSettings
    {
        private static readonly Argument<string> BlocArgument = CliSymbols.Required("BLOC", "A bloc code (BRICS, SCO, QUAD, G7, NATO, EU, ASEAN, C5, ARAB, AU, NAM, G77 or one of --blocs).");
        private static readonly Option<string> ViewOption = CliSymbols.Text("--view", "VIEW",
            "cohesion (default: AI and pairwise agreement per year), poles (distance to each pole), blocs (distance to every other bloc) or members (each member's distance to the centre).", "cohesion");

        /// <summary>The bloc.</summary>
        public string Bloc { get; private set; } = "";

        /// <summary>The view.</summary>
        public string View { get; private set; } = "cohesion";

        /// <inheritdoc />
        public override string? Validate() =>
            View.ToLowerInvariant() is not ("cohesion" or "poles" or "blocs" or "members") ? $"--view '{View}': use cohesion, poles, blocs or members." : base.Validate();

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(BlocArgument);
            command.Add(ViewOption);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            Bloc = result.GetValue(BlocArgument) ?? "";
            View = result.GetValue(ViewOption) ?? "cohesion";
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        var blocs = settings.Table();
        var bloc = blocs[settings.Bloc];
        using var store = settings.OpenStore();
        var votes = store.LoadMatrix(settings.VotesQuery(settings.First, settings.Last));
        var query = new BlocQuery { Slice = settings.ParsedSlice, Options = settings.Options, From = settings.First, To = settings.Last };
        var cohesion = BlocAnalysis.Cohesion(votes, bloc, query).Where(c => c.RollCalls > 0).ToArray();
        if (cohesion.Length == 0)
        {
            throw new ArgumentException($"{bloc.Code} has no roll call with two or more voting members{settings.RangeText} (founded {bloc.Founded:yyyy-MM-dd}).");
        }

        var years = cohesion.Select(c => c.Period).ToHashSet();
        Tabular t;
        switch (settings.View.ToLowerInvariant())
        {
            case "poles":
                t = Distances($"{bloc.Code}: distance of the bloc centre to each pole", BlocAnalysis.DistancesTo(votes, bloc, settings.Poles.Poles.Select(p => p.State), query), "pole", years);
                break;
            case "blocs":
                t = Distances($"{bloc.Code}: distance between bloc centres",
                    [.. blocs.Blocs.Where(b => b != bloc).SelectMany(b => BlocAnalysis.DistanceBetween(votes, bloc, b, query))], "bloc", years);
                break;
            case "members":
                t = Distances($"{bloc.Code}: each member's distance to the centre of the other members", BlocAnalysis.MemberDistances(votes, bloc, query), "member", years);
                break;
            default:
                t = new Tabular($"{bloc.Code} ({bloc.Name}): cohesion, {query.Slice.Key}",
                [
                    new("bloc", "Bloc"), new("period", "Year", true), new("slice", "Issue"), new("agreement_index", "AI", true),
                    new("pairwise_agreement", "Pairwise", true), new("n", "Roll calls", true), new("members", "Members", true), new("mean_voting", "Voting", true),
                ]);
                foreach (var c in cohesion)
                {
                    t.Add(c.Bloc, c.Period, c.Slice.Key, c.AgreementIndex, c.PairwiseAgreement, c.RollCalls, c.Members, c.MeanVoting);
                }

                t.Notes.Add(Markup.Escape("AI: Hix, Noury and Roland (2005), (max(Y,N,A) - (Y+N+A-max)/2)/(Y+N+A) per roll call, averaged; pairwise: mean agreement of all pairs of voting members. Absent members are left out; roll calls with fewer than two voting members are skipped."));
                break;
        }

        t.Notes.Add(Markup.Escape($"Membership as of each roll call's date. Source: {bloc.Source}"));
        t.Notes.Add(Markup.Escape($"options: slice={query.Slice.Key} {settings.Options}"));
        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }

    private static Tabular Distances(string title, IEnumerable<BlocDistance> rows, string kind, HashSet<int> years)
    {
        var t = new Tabular(title,
        [
            new("bloc", "Bloc"), new("other", kind == "bloc" ? "Bloc" : "ISO3"), new("kind", "Kind"), new("period", "Year", true),
            new("slice", "Issue"), new("distance", "Distance", true), new("n", "Roll calls", true),
        ]);
        foreach (var d in rows.Where(d => years.Contains(d.Period) && d.RollCalls > 0).OrderBy(d => d.Period))
        {
            t.Add(d.Bloc, d.Other, kind, d.Period, d.Slice.Key, d.Distance, d.RollCalls);
        }

        t.Notes.Add(Markup.Escape("distance: mean |v - c| over roll calls, v a coded vote (yes 1, abstain 1/2, no 0) or another centre, c the mean coded vote of the voting members (a member itself left out); in [0, 1]."));
        return t;
    }
}
