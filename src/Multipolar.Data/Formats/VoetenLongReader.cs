using Multipolar.Votes;

namespace Multipolar.Data.Formats;

/// <summary>
/// Reads Erik Voeten's Dataverse layout (Voeten 2013, hdl:1902.1/12379): one row per state and roll call,
/// <c>rcid, ccode, member, vote</c> (1 yes, 2 abstain, 3 no, 8 absent, 9 not a member), <c>Country</c>
/// (ISO3), <c>Countryname</c>, <c>year, session, abstain, yes, no, importantvote, date, unres, amend, para,
/// short, descr</c> and the issue dummies <c>me nu di hr co ec</c>.
/// </summary>
/// <remarks>
/// The state is resolved by <c>Country</c> (ISO3), else by <c>ccode</c> as a COW code, else by name.
/// Absences (8) are stored; non-membership (9) is not a vote and is skipped (membership is implied by the
/// other rows). The roll call is described by its first row.
/// </remarks>
internal static class VoetenLongReader
{
    private static readonly string[] IssueColumns = ["me", "nu", "di", "hr", "co", "ec"];

    public static void Read(string path, SourceBatchBuilder batch, int file, Action<long>? progress)
    {
        using var csv = CsvSource.Open(path);
        int rcid = csv.Column("rcid"), ccode = csv.Column("ccode"), vote = csv.Column("vote"), date = csv.Column("date");
        int iso3 = csv.OptionalColumn("Country"), name = csv.OptionalColumn("Countryname"), session = csv.OptionalColumn("session"),
            important = csv.OptionalColumn("importantvote"), unres = csv.OptionalColumn("unres"), amend = csv.OptionalColumn("amend"),
            para = csv.OptionalColumn("para"), shortTitle = csv.OptionalColumn("short"), descr = csv.OptionalColumn("descr");
        var issueCols = IssueColumns.Select(csv.OptionalColumn).ToArray();
        var width = csv.Reader.Header.ColNames.Count;
        var states = StateResolver.Create(batch.Reference);
        long rows = 0, nonMember = 0;
        foreach (var row in csv.Reader)
        {
            csv.RequireFields(row, width);
            var line = CsvSource.LineOf(row);
            var id = csv.Long(row, rcid);
            var key = UnvotesReader.Key(id);
            if (!VoteCodes.TryParseVoeten(row[vote].Span, out var v))
            {
                throw csv.Bad(row, vote, "expected a Voeten vote code: 1 yes, 2 abstain, 3 no, 8 absent, 9 not a member.");
            }

            var rc = new RollCall
            {
                Id = new RollCallId(id),
                Session = csv.OptionalInt(row, session),
                Date = csv.Date(row, date),
                Resolution = CsvSource.Text(row, unres),
                Title = CsvSource.Text(row, shortTitle),
                Description = CsvSource.Text(row, descr),
                Important = csv.Flag(row, important),
                Amendment = csv.Flag(row, amend),
                Paragraph = csv.Flag(row, para),
            };
            var index = batch.Describe(key, id, rc, file, line, allowRepeat: true);
            for (var i = 0; i < issueCols.Length; i++)
            {
                if (issueCols[i] >= 0 && csv.Flag(row, issueCols[i]))
                {
                    batch.AddIssue(index, IssueArea.Standard[i]);
                }
            }

            var codeText = iso3 >= 0 ? row[iso3].Span : [];
            var state = codeText.Trim().IsEmpty
                ? states.Resolve("cow:" + row[ccode].ToString().Trim(), name >= 0 ? row[name].Span : [], path, line, "ccode", "Countryname")
                : states.Resolve(codeText, name >= 0 ? row[name].Span : [], path, line, "Country", "Countryname");
            if (v == Vote.NonMember)
            {
                nonMember++;
            }
            else
            {
                batch.AddVote(index, state, v, file, line);
            }

            if (++rows % 8192 == 0)
            {
                progress?.Invoke(rows);
            }
        }

        if (nonMember > 0)
        {
            batch.Skip("not a member (code 9): not a vote", nonMember);
        }

        batch.SetRows(file, rows);
    }
}
