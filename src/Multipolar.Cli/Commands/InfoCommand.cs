using Multipolar.Cli.Output;
using Multipolar.Cli.Parsing;

namespace Multipolar.Cli.Commands;

/// <summary><c>multipolar info</c>: what the store holds.</summary>
public sealed class InfoCommand : CliCommand<QuerySettings>
{
    /// <inheritdoc />
    public override int Execute(QuerySettings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore();
        var info = store.Info();
        var t = new Tabular("Multipolar store", [new("key", "What"), new("value", "Value", RightAlign: true)]);
        t.Add("store", info.Path);
        t.Add("schema_version", info.SchemaVersion);
        t.Add("data_version", store.DataVersion);
        t.Add("rollcalls", info.RollCalls);
        t.Add("votes", info.Votes);
        t.Add("countries", info.Countries);
        t.Add("years", info.SessionYears is { } y ? $"{y.From}–{y.To}" : null);
        t.Add("sessions", info.Sessions is { } s ? $"{s.First}–{s.Last}" : null);
        t.Add("first_date", info.Dates?.First);
        t.Add("last_date", info.Dates?.Last);
        t.Add("absences_recorded", info.Absences);
        t.Add("security_council_rollcalls", info.SecurityCouncilRollCalls);
        t.Add("conflicting_votes_kept", info.ConflictingVotes);
        foreach (var (issue, count) in info.Issues)
        {
            t.Add($"issue_{issue}", count);
        }

        t.Add("sources", info.Sources.Count);
        foreach (var src in info.Sources)
        {
            t.Add($"source_{src.Id}", $"{src.FileName} ({src.Format}, {src.Rows:N0} rows, sha256 {src.Sha256[..12]}…)");
        }

        t.Notes.Add("[grey]years: the calendar years the General Assembly sessions open in (session 1 = 1946); votes: yes/abstain/no on General Assembly roll calls.[/]");
        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }
}
