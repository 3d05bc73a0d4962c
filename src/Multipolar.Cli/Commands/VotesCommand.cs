using System.CommandLine;
using Multipolar.Cli.Output;
using Multipolar.Votes;
using Spectre.Console;
using Multipolar.Cli.Parsing;

namespace Multipolar.Cli.Commands;

/// <summary><c>multipolar votes --rollcall ID</c>: every state's vote on one roll call, with its source.</summary>
public sealed class VotesCommand : CliCommand<VotesCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : QuerySettings
    {
        private static readonly Option<long?> RollCallOption = CliSymbols.Long("--rollcall", "ID", "Roll-call id (rcid), as 'rollcalls' lists it.");

        /// <summary>Roll call.</summary>
        public long? RollCall { get; private set; }

        /// <inheritdoc />
        public override string? Validate() =>
            RollCall is null ? "--rollcall is required, e.g. --rollcall 3." : null;

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(RollCallOption);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            RollCall = result.GetValue(RollCallOption);
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore();
        var rc = store.RollCall(settings.RollCall!.Value)
            ?? throw new ArgumentException($"No roll call {settings.RollCall} in the store; 'multipolar rollcalls --year Y' lists them.");
        var votes = store.Votes(rc.Id.Value);
        var t = new Tabular(
            $"Roll call {rc.Id}: {rc.Date:yyyy-MM-dd} {rc.Resolution} {rc.Title}",
            [new("rcid", "rcid", true), new("iso3", "ISO3"), new("country", "Country"), new("vote", "Vote"), new("source", "Source"), new("line", "Line", true), new("effective", "Effective")]);
        foreach (var v in votes)
        {
            t.Add(rc.Id.Value, v.State.Iso3, v.State.Name, v.Vote.ToWord(), v.Source, v.Line, v.Effective);
        }

        var effective = votes.Where(v => v.Effective).ToArray();
        t.Notes.Add(Markup.Escape($"yes {effective.Count(v => v.Vote == Vote.Yes)}, no {effective.Count(v => v.Vote == Vote.No)}, abstain {effective.Count(v => v.Vote == Vote.Abstain)}, absent {effective.Count(v => v.Vote == Vote.Absent)}"));
        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }
}
