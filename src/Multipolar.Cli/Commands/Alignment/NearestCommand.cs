using System.ComponentModel;
using Multipolar.Alignment;
using Multipolar.Cli.Output;
using Multipolar.Countries;
using Multipolar.Data.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Multipolar.Cli.Commands.Alignment;

/// <summary><c>multipolar nearest X --year Y</c>: the states most and least aligned with a state.</summary>
public sealed class NearestCommand : Command<NearestCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : AlignmentSettings
    {
        /// <summary>State.</summary>
        [CommandArgument(0, "<STATE>")]
        [Description("A state (any code or name).")]
        public string State { get; init; } = "";

        /// <summary>Period.</summary>
        [CommandOption("--year <PERIOD>")]
        [Description("The year (or session with --by session). Required.")]
        public int? Year { get; init; }

        /// <summary>How many.</summary>
        [CommandOption("--count <N>")]
        [Description("How many states at each end (default 10).")]
        public int Count { get; init; } = 10;

        /// <summary>Minimum joint votes.</summary>
        [CommandOption("--min-n <N>")]
        [Description("Leave out states with fewer joint votes (default 10).")]
        public int MinimumN { get; init; } = 10;

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Year is null ? ValidationResult.Error("--year is required, e.g. --year 2019.")
            : Count < 1 ? ValidationResult.Error("--count must be at least 1.")
            : base.Validate();
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var state = CountryReference.Default.Resolve(settings.State);
        var period = settings.Year!.Value;
        var measure = settings.ParsedMeasure;
        var slice = settings.ParsedSlice;
        using var store = settings.OpenStore();
        var votes = store.LoadMatrix(settings.VotesQuery(period, period));
        if (votes.IndexOf(state) < 0)
        {
            throw new ArgumentException($"{state.Name} ({state.Iso3}) has no votes in {period}.");
        }

        var near = AlignmentEngine.Nearest(votes, state, period, measure, slice, settings.Options, settings.Count, settings.MinimumN);
        var key = MeasureRegistry.Get(measure).Key;
        var t = new Tabular(
            $"Most and least aligned with {state.Name} ({state.Iso3}), {period}, {key}, {slice.Key}",
            [new("group", "Group"), new("rank", "Rank", true), new("iso3", "ISO3"), new("country", "Country"), new("value", key, true), new("n", "N", true)]);
        var rank = 0;
        foreach (var s in near.Most)
        {
            t.Add("most", ++rank, s.State.Iso3, s.State.Name, s.Value.Value, s.Value.N);
        }

        rank = 0;
        foreach (var s in near.Least)
        {
            t.Add("least", ++rank, s.State.Iso3, s.State.Name, s.Value.Value, s.Value.N);
        }

        t.Notes.Add(Markup.Escape($"options: measure={key} slice={slice.Key} {settings.Options}; states with fewer than {settings.MinimumN} joint votes left out"));
        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }
}
