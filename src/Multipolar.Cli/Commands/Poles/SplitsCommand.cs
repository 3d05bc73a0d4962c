using System.CommandLine;
using System.Globalization;
using Multipolar.Blocs;
using Multipolar.Cli.Output;
using Multipolar.Cli.Parsing;
using Multipolar.Votes;
using Spectre.Console;

namespace Multipolar.Cli.Commands.Poles;

/// <summary><c>multipolar splits BRICS [--vs G7] --year 2023</c>: the roll calls that divide a bloc, or separate two, most.</summary>
public sealed class SplitsCommand : CliCommand<SplitsCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : BlocSettings
    {
        private static readonly Argument<string> BlocArgument = CliSymbols.Required("BLOC", "A bloc code.");
        private static readonly Option<string?> VsOption = CliSymbols.Text("--vs", "BLOC", "A second bloc: the roll calls that separate the two most.");
        private static readonly Option<int> TopOption = CliSymbols.Int("--top", "N", "How many roll calls (default 10).", 10);

        /// <summary>The bloc.</summary>
        public string Bloc { get; private set; } = "";

        /// <summary>The other bloc.</summary>
        public string? Vs { get; private set; }

        /// <summary>How many.</summary>
        public int Top { get; private set; } = 10;

        /// <inheritdoc />
        public override string? Validate() =>
            First is null && Last is null ? "give --year (or --from and --to), e.g. --year 2019."
            : Top < 1 ? "--top must be at least 1."
            : base.Validate();

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(BlocArgument);
            command.Add(VsOption);
            command.Add(TopOption);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            Bloc = result.GetValue(BlocArgument) ?? "";
            Vs = result.GetValue(VsOption);
            Top = result.GetValue(TopOption);
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        var blocs = settings.Table();
        var bloc = blocs[settings.Bloc];
        var other = settings.Vs is null ? null : blocs[settings.Vs];
        using var store = settings.OpenStore();
        var q = settings.VotesQuery(settings.First, settings.Last) with { WithText = true };
        var votes = store.LoadMatrix(q);
        var query = new BlocQuery { Slice = settings.ParsedSlice, Options = settings.Options, From = settings.First, To = settings.Last };
        Tabular t;
        if (other is null)
        {
            var splits = BlocAnalysis.SplitsWithin(votes, bloc, query, settings.Top);
            if (splits.IsEmpty)
            {
                throw new ArgumentException($"{bloc.Code} has no roll call with two or more voting members{settings.RangeText}.");
            }

            t = new Tabular($"Roll calls dividing {bloc.Code} most{settings.RangeText} (lowest agreement index)",
            [
                new("bloc", "Bloc"), new("rollcall", "Roll call", true), new("date", "Date"), new("period", "Year", true), new("resolution", "Resolution"),
                new("title", "Title"), new("agreement_index", "AI", true), new("yes", "Y", true), new("no", "N", true), new("abstain", "A", true), new("votes", "Members' votes"),
            ]);
            foreach (var s in splits)
            {
                t.Add(bloc.Code, s.RollCall.Id.Value, Date(s.RollCall), s.Period, s.RollCall.Resolution, s.RollCall.Title, s.AgreementIndex, s.Yes, s.No, s.Abstain, Votes(s));
            }
        }
        else
        {
            var splits = BlocAnalysis.SplitsBetween(votes, bloc, other, query, settings.Top);
            if (splits.IsEmpty)
            {
                throw new ArgumentException($"{bloc.Code} and {other.Code} have no roll call on which both have voting members{settings.RangeText}.");
            }

            t = new Tabular($"Roll calls separating {bloc.Code} and {other.Code} most{settings.RangeText}",
            [
                new("bloc", "Bloc"), new("other", "Other"), new("rollcall", "Roll call", true), new("date", "Date"), new("period", "Year", true),
                new("resolution", "Resolution"), new("title", "Title"), new("separation", "|Δ centre|", true), new("centre", $"{bloc.Code} centre", true),
                new("other_centre", $"{other.Code} centre", true), new("votes", $"{bloc.Code} votes"), new("other_votes", $"{other.Code} votes"),
            ]);
            foreach (var s in splits)
            {
                t.Add(bloc.Code, other.Code, s.RollCall.Id.Value, Date(s.RollCall), s.Period, s.RollCall.Resolution, s.RollCall.Title,
                    s.Separation, s.First.Centre, s.Second.Centre, Votes(s.First), Votes(s.Second));
            }

            t.Notes.Add(Markup.Escape("centre: mean coded vote of the voting members (yes 1, abstain 1/2, no 0)."));
        }

        t.Notes.Add(Markup.Escape($"Membership as of each roll call's date; members' votes y/n/a, '-' for absent or not recorded. options: slice={query.Slice.Key} {settings.Options}"));
        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }

    private static string Date(RollCall r) => r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Votes(BlocRollCall r) => string.Join(' ', r.Votes.Select(v => $"{v.State.Iso3}:{v.Vote switch
    {
        Vote.Yes => "y",
        Vote.No => "n",
        Vote.Abstain => "a",
        _ => "-",
    }}"));
}
