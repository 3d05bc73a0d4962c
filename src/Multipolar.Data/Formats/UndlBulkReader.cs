using System.Globalization;
using Multipolar.Votes;

namespace Multipolar.Data.Formats;

/// <summary>
/// Reads the UN Digital Library's bulk voting layout: one row per member state and resolution,
/// <c>undl_id, ms_code, ms_name, ms_vote</c> (Y yes, N no, A abstain, X non-voting), <c>date, session,
/// resolution, draft, committee_report, meeting, title, agenda_title, subjects, vote_note</c> (absent from
/// older files), <c>total_yes, total_no, total_abstentions, total_non_voting, total_ms, undl_link</c>.
/// </summary>
/// <remarks>
/// A roll call is keyed by <c>undl_id</c>, or by resolution symbol and date when the id is empty.
/// "Non-voting" (X) is stored as <see cref="Vote.Absent"/>; an empty vote means not a member and is skipped.
/// A session that is not a number (emergency special sessions, <c>ES-11</c>) is replaced by the regular
/// session in progress on the date (a session opens in September: 1946 is session 1).
/// The published totals are checked against the rows; a mismatch is an error.
/// </remarks>
internal static class UndlBulkReader
{
    public static void Read(string path, SourceBatchBuilder batch, int file, Action<long>? progress)
    {
        using var csv = CsvSource.Open(path);
        int undlId = csv.Column("undl_id"), code = csv.Column("ms_code"), name = csv.Column("ms_name"), vote = csv.Column("ms_vote"),
            date = csv.Column("date"), session = csv.Column("session"), resolution = csv.Column("resolution"), title = csv.Column("title");
        int agenda = csv.OptionalColumn("agenda_title"), subjects = csv.OptionalColumn("subjects"),
            totalYes = csv.OptionalColumn("total_yes"), totalNo = csv.OptionalColumn("total_no"), totalAbstain = csv.OptionalColumn("total_abstentions");
        var width = csv.Reader.Header.ColNames.Count;
        var states = StateResolver.Create(batch.Reference);
        var counts = new Dictionary<int, (int Yes, int No, int Abstain, int? TotalYes, int? TotalNo, int? TotalAbstain, long Line)>();
        long rows = 0;
        foreach (var row in csv.Reader)
        {
            csv.RequireFields(row, width);
            var line = CsvSource.LineOf(row);
            var day = csv.Date(row, date);
            var symbol = CsvSource.Text(row, resolution);
            var id = CsvSource.Text(row, undlId);
            var key = id is not null ? $"undl:{id}" : $"undl:{symbol}@{day:yyyy-MM-dd}";
            var sessionText = row[session].Span.Trim();
            var rc = new RollCall
            {
                Id = default,
                Session = int.TryParse(sessionText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : GeneralAssemblySession.InProgressOn(day),
                Date = day,
                Resolution = symbol,
                Title = CsvSource.Text(row, title),
                Description = CsvSource.Text(row, agenda) ?? CsvSource.Text(row, subjects),
            };
            var index = batch.Describe(key, null, rc, file, line, allowRepeat: true);
            var state = states.Resolve(row[code].Span, row[name].Span, path, line, "ms_code", "ms_name");
            var voteText = row[vote].Span.Trim();
            if (voteText.IsEmpty)
            {
                batch.Skip("empty ms_vote: not a member");
            }
            else if (VoteCodes.TryParseUndl(voteText, out var v))
            {
                batch.AddVote(index, state, v, file, line);
                var c = counts.TryGetValue(index, out var seen) ? seen : (Yes: 0, No: 0, Abstain: 0, TotalYes: csv.OptionalInt(row, totalYes), TotalNo: csv.OptionalInt(row, totalNo), TotalAbstain: csv.OptionalInt(row, totalAbstain), Line: line);
                counts[index] = v switch
                {
                    Vote.Yes => c with { Yes = c.Yes + 1 },
                    Vote.No => c with { No = c.No + 1 },
                    Vote.Abstain => c with { Abstain = c.Abstain + 1 },
                    _ => c,
                };
            }
            else
            {
                throw csv.Bad(row, vote, "expected Y, N, A or X.");
            }

            if (++rows % 1024 == 0)
            {
                progress?.Invoke(rows);
            }
        }

        foreach (var (_, c) in counts)
        {
            if ((c.TotalYes is int y && y != c.Yes) || (c.TotalNo is int n && n != c.No) || (c.TotalAbstain is int a && a != c.Abstain))
            {
                throw new IngestException(path, c.Line, "total_yes", $"{c.TotalYes}/{c.TotalNo}/{c.TotalAbstain}", $"the published totals (yes/no/abstain) disagree with the rows, which count {c.Yes}/{c.No}/{c.Abstain}.");
            }
        }

        batch.SetRows(file, rows);
    }
}
