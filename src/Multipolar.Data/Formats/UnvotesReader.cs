using Multipolar.Votes;

namespace Multipolar.Data.Formats;

/// <summary>
/// Reads the three files of the <c>unvotes</c> R package (Robinson 2021, data from Voeten 2013):
/// roll calls (<c>rcid, session, importantvote, date, unres, amend, para, short, descr</c>), issues
/// (<c>rcid, short_name, issue</c>) and votes (<c>rcid, country, country_code, vote</c>).
/// </summary>
/// <remarks>
/// The roll-call identity is Voeten's <c>rcid</c>. Empty <c>importantvote</c>, <c>amend</c> and <c>para</c>
/// read as 0 (the source leaves them empty in years it did not code). A vote row with an empty
/// <c>country_code</c> is resolved by the country name; one that resolves to no state is an error.
/// </remarks>
internal static class UnvotesReader
{
    public static void ReadRollCalls(string path, SourceBatchBuilder batch, int file, Action<long>? progress)
    {
        using var csv = CsvSource.Open(path);
        int rcid = csv.Column("rcid"), session = csv.Column("session"), important = csv.Column("importantvote"),
            date = csv.Column("date"), unres = csv.Column("unres"), amend = csv.Column("amend"), para = csv.Column("para"),
            shortTitle = csv.Column("short"), descr = csv.Column("descr");
        var width = csv.Reader.Header.ColNames.Count;
        long rows = 0;
        foreach (var row in csv.Reader)
        {
            csv.RequireFields(row, width);
            var id = csv.Long(row, rcid);
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
            batch.Describe(Key(id), id, rc, file, CsvSource.LineOf(row));
            if (++rows % 1024 == 0)
            {
                progress?.Invoke(rows);
            }
        }

        batch.SetRows(file, rows);
    }

    public static void ReadIssues(string path, SourceBatchBuilder batch, int file, Action<long>? progress)
    {
        using var csv = CsvSource.Open(path);
        int rcid = csv.Column("rcid"), code = csv.Column("short_name");
        long rows = 0;
        foreach (var row in csv.Reader)
        {
            csv.RequireFields(row, 2);
            var id = csv.Long(row, rcid);
            var text = row[code].ToString();
            if (!IssueArea.TryParse(text, out var issue))
            {
                throw csv.Bad(row, code, "expected an issue code (me, nu, di, hr, co, ec) or a tag.");
            }

            batch.AddIssue(batch.Refer(Key(id), id, file, CsvSource.LineOf(row)), issue);
            if (++rows % 1024 == 0)
            {
                progress?.Invoke(rows);
            }
        }

        batch.SetRows(file, rows);
    }

    public static void ReadVotes(string path, SourceBatchBuilder batch, int file, Action<long>? progress)
    {
        using var csv = CsvSource.Open(path);
        int rcid = csv.Column("rcid"), country = csv.Column("country"), code = csv.Column("country_code"), vote = csv.Column("vote");
        var states = StateResolver.Create(batch.Reference);
        long lastId = long.MinValue;
        var lastIndex = -1;
        long rows = 0;
        foreach (var row in csv.Reader)
        {
            csv.RequireFields(row, 4);
            var line = CsvSource.LineOf(row);
            var id = csv.Long(row, rcid);
            if (id != lastId)
            {
                lastIndex = batch.Refer(Key(id), id, file, line);
                lastId = id;
            }

            var state = states.Resolve(row[code].Span, row[country].Span, path, line, "country_code", "country");
            if (!VoteCodes.TryParseWord(row[vote].Span, out var v) || !v.IsCast())
            {
                throw csv.Bad(row, vote, "expected yes, abstain or no.");
            }

            batch.AddVote(lastIndex, state, v, file, line);
            if (++rows % 8192 == 0)
            {
                progress?.Invoke(rows);
            }
        }

        batch.SetRows(file, rows);
    }

    public static string Key(long rcid) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"rcid:{rcid}");
}
