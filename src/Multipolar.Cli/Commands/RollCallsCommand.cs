using System.CommandLine;
using Multipolar.Cli.Output;
using Multipolar.Countries;
using Multipolar.Votes;
using Spectre.Console;
using Multipolar.Cli.Parsing;

namespace Multipolar.Cli.Commands;

/// <summary><c>multipolar rollcalls --year Y [--issue hr] [--country X]</c>: the General Assembly's roll calls of a year.</summary>
public sealed class RollCallsCommand : CliCommand<RollCallsCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : QuerySettings
    {
        private static readonly Option<int?> YearOption = CliSymbols.Int("--year", "YEAR", "Calendar year (required).");
        private static readonly Option<string?> IssueOption = CliSymbols.Text("--issue", "ISSUE", "Only roll calls with this issue area: me, nu, di, hr, co, ec or a tag.");
        private static readonly Option<string?> CountryOption = CliSymbols.Text("--country", "COUNTRY", "Show this state's vote (any code or name).");

        /// <summary>Calendar year.</summary>
        public int? Year { get; private set; }

        /// <summary>Issue filter.</summary>
        public string? Issue { get; private set; }

        /// <summary>State whose vote to show.</summary>
        public string? Country { get; private set; }

        /// <inheritdoc />
        public override string? Validate() =>
            Year is null ? "--year is required, e.g. --year 2019."
            : Year is < 1945 or > 2100 ? $"--year {Year} is out of range (1946 onwards)."
            : Issue is not null && !IssueArea.TryParse(Issue, out _) ? $"--issue '{Issue}' is not an issue area: use me, nu, di, hr, co, ec or a tag."
            : null;

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(YearOption);
            command.Add(IssueOption);
            command.Add(CountryOption);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            Year = result.GetValue(YearOption);
            Issue = result.GetValue(IssueOption);
            Country = result.GetValue(CountryOption);
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
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
