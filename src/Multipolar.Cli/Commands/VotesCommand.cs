using System.ComponentModel;
using Multipolar.Cli.Output;
using Multipolar.Votes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Multipolar.Cli.Commands;

/// <summary><c>multipolar votes --rollcall ID</c>: every state's vote on one roll call, with its source.</summary>
public sealed class VotesCommand : Command<VotesCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : QuerySettings
    {
        /// <summary>Roll call.</summary>
        [CommandOption("--rollcall <ID>")]
        [Description("Roll-call id (rcid), as 'rollcalls' lists it.")]
        public long? RollCall { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            RollCall is null ? ValidationResult.Error("--rollcall is required, e.g. --rollcall 3.") : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore();
        var rc = store.RollCall(settings.RollCall!.Value)
            ?? throw new ArgumentException($"No roll call {settings.RollCall} in the store; 'multipolar rollcalls --year Y' lists them.");
        var votes = store.Votes(rc.Id.Value);
        var t = new Tabular(
            $"Roll call {rc.Id}: {rc.Date:yyyy-MM-dd} {rc.Resolution} {rc.Title}",
            [new("iso3", "ISO3"), new("country", "Country"), new("vote", "Vote"), new("source", "Source"), new("line", "Line", true), new("effective", "Effective")]);
        foreach (var v in votes)
        {
            t.Add(v.State.Iso3, v.State.Name, v.Vote.ToWord(), v.Source, v.Line, v.Effective);
        }

        var effective = votes.Where(v => v.Effective).ToArray();
        t.Notes.Add(Markup.Escape($"yes {effective.Count(v => v.Vote == Vote.Yes)}, no {effective.Count(v => v.Vote == Vote.No)}, abstain {effective.Count(v => v.Vote == Vote.Abstain)}, absent {effective.Count(v => v.Vote == Vote.Absent)}"));
        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }
}
