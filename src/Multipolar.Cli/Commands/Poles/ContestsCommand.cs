using System.CommandLine;
using Multipolar.Alignment;
using Multipolar.Cli.Output;
using Multipolar.Cli.Parsing;
using Multipolar.Poles;
using Spectre.Console;

namespace Multipolar.Cli.Commands.Poles;

/// <summary><c>multipolar contests</c>: roll calls where the poles split, who prevailed, and the swing states.</summary>
public sealed class ContestsCommand : CliCommand<ContestsCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : PoleSettings
    {
        private static readonly Option<bool> ByStateOption = CliSymbols.Flag("--by-state", "Each state's share of the contests on each side, most balanced (swing) first.");
        private static readonly Option<int> MinContestsOption = CliSymbols.Int("--min-contests", "N", "With --by-state: leave out states that voted on fewer contests (default 10).", 10);
        private static readonly Option<int> TopOption = CliSymbols.Int("--top", "N", "With --by-state: how many states per slice (default 0 = all).", 0);

        /// <summary>Per state.</summary>
        public bool ByState { get; private set; }

        /// <summary>Minimum contests per state.</summary>
        public int MinContests { get; private set; } = 10;

        /// <summary>How many states.</summary>
        public int Top { get; private set; }

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(ByStateOption);
            command.Add(MinContestsOption);
            command.Add(TopOption);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            ByState = result.GetValue(ByStateOption);
            MinContests = result.GetValue(MinContestsOption);
            Top = result.GetValue(TopOption);
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        var poles = settings.Poles;
        var slices = settings.AllIssues ? new[] { Slice.All, Slice.Important } : [settings.ParsedSlice];
        using var store = settings.OpenStore();
        var votes = store.LoadMatrix(settings.VotesQuery(settings.First, settings.Last));
        var query = ContestQuery.For(poles) with { Slices = [.. slices], Options = settings.Options, From = settings.First, To = settings.Last };
        var table = Contests.Find(votes, query);
        if (table.Periods.IsEmpty)
        {
            throw new ArgumentException($"no roll calls in the store{settings.RangeText}.");
        }

        var first = string.Join('+', query.First.Select(s => s.Iso3));
        var second = string.Join('+', query.Second.Select(s => s.Iso3));
        Tabular t;
        if (settings.ByState)
        {
            t = new Tabular($"Swing states on the {query.Key} contests{settings.RangeText}",
            [
                new("iso3", "ISO3"), new("country", "Country"), new("slice", "Issue"), new("contest", "Contest"), new("contests", "N", true),
                new("with_first", $"With {first}", true), new("with_second", $"With {second}", true), new("other", "Other", true),
                new("share_first", $"% {first}", true), new("share_second", $"% {second}", true), new("swing", "Swing", true),
            ]);
            foreach (var group in table.ByState().Where(s => s.Contests >= settings.MinContests).GroupBy(s => s.Slice))
            {
                foreach (var s in group.Take(settings.Top == 0 ? int.MaxValue : settings.Top))
                {
                    t.Add(s.State.Iso3, s.State.Name, s.Slice.Key, query.Key, s.Contests, s.WithFirst, s.WithSecond, s.Other, s.ShareFirst, s.ShareSecond, s.Swing);
                }
            }

            t.Notes.Add(Markup.Escape($"swing = 1 - |share with {first} - share with {second}|; states with fewer than {settings.MinContests} contest votes left out."));
        }
        else
        {
            t = new Tabular($"Contests {query.Key}{settings.RangeText}: roll calls where the sides voted differently",
            [
                new("period", "Year", true), new("slice", "Issue"), new("contest", "Contest"), new("roll_calls", "Both voted", true), new("contests", "Contests", true),
                new("first_prevailed", $"{first} won", true), new("second_prevailed", $"{second} won", true), new("neither", "Neither", true),
                new("share_first_prevailed", $"% {first}", true),
            ]);
            foreach (var p in table.ByPeriod())
            {
                var decided = p.Contests;
                t.Add(p.Period, p.Slice.Key, query.Key, p.RollCalls, p.Contests, p.FirstPrevailed, p.SecondPrevailed, p.Neither,
                    decided == 0 ? double.NaN : (double)p.FirstPrevailed / decided);
            }

            var all = table.All;
            t.Notes.Add(Markup.Escape($"total: {all.Length} contests; {first} prevailed {all.Count(c => c.Prevailed == ContestSide.First)}, {second} {all.Count(c => c.Prevailed == ContestSide.Second)}, neither {all.Count(c => c.Prevailed == ContestSide.Neither)} (all slices)."));
        }

        t.Notes.Add(Markup.Escape("A contest: each side's states cast the same vote and the sides' votes differ. Outcome from the tally (yes > no adopts; the two-thirds rule is not applied); the side whose vote was the outcome prevailed. docs/analytics.md."));
        foreach (var note in poles.Notes)
        {
            t.Notes.Add(Markup.Escape(note));
        }

        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }
}
