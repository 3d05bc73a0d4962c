using System.ComponentModel;
using Multipolar.Cli.Output;
using Multipolar.Countries;
using Multipolar.Votes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Multipolar.Cli.Commands;

/// <summary><c>multipolar rollcalls --year Y [--issue hr] [--country X]</c>: the General Assembly's roll calls of a year.</summary>
public sealed class RollCallsCommand : Command<RollCallsCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : QuerySettings
    {
        /// <summary>Calendar year.</summary>
        [CommandOption("--year <YEAR>")]
        [Description("Calendar year (required).")]
        public int? Year { get; init; }

        /// <summary>Issue filter.</summary>
        [CommandOption("--issue <ISSUE>")]
        [Description("Only roll calls with this issue area: me, nu, di, hr, co, ec or a tag.")]
        public string? Issue { get; init; }

        /// <summary>State whose vote to show.</summary>
        [CommandOption("--country <COUNTRY>")]
        [Description("Show this state's vote (any code or name).")]
        public string? Country { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Year is null ? ValidationResult.Error("--year is required, e.g. --year 2019.")
            : Year is < 1945 or > 2100 ? ValidationResult.Error($"--year {Year} is out of range (1946 onwards).")
            : Issue is not null && !IssueArea.TryParse(Issue, out _) ? ValidationResult.Error($"--issue '{Issue}' is not an issue area: use me, nu, di, hr, co, ec or a tag.")
            : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var country = settings.Country is { } c ? CountryReference.Default.Resolve(c) : null;
        IssueArea? issue = settings.Issue is { } i ? IssueArea.Parse(i) : null;
        using var store = settings.OpenStore();
        var list = store.RollCalls(settings.Year!.Value, issue, country);
        List<TabularColumn> columns = [
            new("rcid", "rcid", true), new("date", "Date"), new("session", "Session", true), new("resolution", "Resolution"),
            new("title", "Title"), new("issues", "Issues"), new("amend", "Amend."), new("para", "Para."), new("important", "Important"),
            new("yes", "Yes", true), new("no", "No", true), new("abstain", "Abst.", true)];
        if (country is not null)
        {
            columns.Add(new("vote", $"{country.Iso3} vote"));
        }

        var t = new Tabular($"General Assembly roll calls, {settings.Year}{(issue is { } ia ? $", issue {ia.Code}" : "")}", columns);
        foreach (var s in list)
        {
            var rc = s.RollCall;
            object?[] row = [rc.Id.Value, rc.Date, rc.Session, rc.Resolution, rc.Title ?? rc.Description, string.Join(",", rc.Issues),
                rc.Amendment, rc.Paragraph, rc.Important, s.Yes, s.No, s.Abstain];
            t.Add(country is null ? row : [.. row, s.StateVote == Vote.None ? "" : s.StateVote.ToWord()]);
        }

        t.Notes.Add($"[grey]{list.Count} roll calls.[/]");
        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }
}
