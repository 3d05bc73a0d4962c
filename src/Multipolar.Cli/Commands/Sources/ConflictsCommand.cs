using System.CommandLine;
using Multipolar.Cli.Output;
using Multipolar.Votes;
using Spectre.Console;
using Multipolar.Cli.Parsing;

namespace Multipolar.Cli.Commands.Sources;

/// <summary><c>multipolar sources conflicts</c>: votes on which matched sources disagree, with the effective one.</summary>
public sealed class ConflictsCommand : CliCommand<ConflictsCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : QuerySettings
    {
        private static readonly PeriodRangeOptions RangeOptions = new("YEAR", "First calendar year (default: all).", "Last calendar year (default: all).");
        private static readonly Option<bool> SecurityCouncilOption = CliSymbols.Flag("--security-council", "Security Council roll calls instead of the General Assembly's.");
        private static readonly Option<bool> SummaryOption = CliSymbols.Flag("--summary", "Counts per pair of sources instead of one row per vote.");

        /// <summary>First year.</summary>
        public int? From { get; private set; }

        /// <summary>Last year.</summary>
        public int? To { get; private set; }

        /// <summary>Body.</summary>
        public bool SecurityCouncil { get; private set; }

        /// <summary>Summary only.</summary>
        public bool Summary { get; private set; }

        /// <inheritdoc />
        public override string? Validate() => new PeriodRange(null, From, To).Validate() ?? base.Validate();

        internal override void Declare(Command command)
        {
            base.Declare(command);
            RangeOptions.Declare(command);
            command.Add(SecurityCouncilOption);
            command.Add(SummaryOption);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            (_, From, To) = RangeOptions.Bind(result);
            SecurityCouncil = result.GetValue(SecurityCouncilOption);
            Summary = result.GetValue(SummaryOption);
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore();
        var list = store.Disagreements(settings.From, settings.To, settings.SecurityCouncil ? Body.SecurityCouncil : Body.GeneralAssembly);
        var range = $"{settings.From?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "first"}–{settings.To?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "last"}";
        var pairs = list.GroupBy(d => (d.EffectiveSource, d.OtherSource)).OrderByDescending(g => g.Count()).ToArray();
        Tabular t;
        if (settings.Summary)
        {
            t = new Tabular($"Disagreements between sources, {range}",
                [new("effective_source", "Effective source"), new("other_source", "Other source"), new("votes", "Votes", true), new("rollcalls", "Roll calls", true), new("states", "States", true)]);
            foreach (var g in pairs)
            {
                t.Add(g.Key.EffectiveSource, g.Key.OtherSource, g.Count(), g.Select(d => d.RollCallId).Distinct().Count(), g.Select(d => d.Iso3).Distinct().Count());
            }
        }
        else
        {
            t = new Tabular($"Disagreements between sources, {range}",
            [
                new("rollcall_id", "Roll call", true), new("date", "Date"), new("resolution", "Resolution"), new("iso3", "ISO3"),
                new("effective_vote", "Effective"), new("effective_source", "Effective source"), new("other_vote", "Other"), new("other_source", "Other source"),
            ]);
            foreach (var d in list)
            {
                t.Add(d.RollCallId, d.Date, d.Resolution, d.Iso3, d.Effective.ToWord(), d.EffectiveSource, d.Other.ToWord(), d.OtherSource);
            }
        }

        t.Notes.Add(Markup.Escape($"{list.Count:N0} disagreeing votes on {list.Select(d => d.RollCallId).Distinct().Count():N0} roll calls. " +
            string.Join("; ", pairs.Select(g => $"{g.Key.EffectiveSource} over {g.Key.OtherSource}: {g.Count():N0}"))));
        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }
}
