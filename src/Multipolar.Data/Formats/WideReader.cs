using System.Globalization;
using Multipolar.Countries;
using Multipolar.Votes;

namespace Multipolar.Data.Formats;

/// <summary>
/// Reads every wide layout (one row per roll call, one column per state) from its declared column
/// dictionary (<see cref="WideLayout"/>): one adapter, not one parser per file.
/// </summary>
/// <remarks>
/// Keys: <c>{layout}:{rcid}@{date}</c> when the layout has an rcid (Voeten's rcid is not unique in every
/// derived file), else <c>{layout}:{token}</c>, else <c>{layout}:{resolution}@{date}</c>. General Assembly
/// rows get the regular session in progress on the date; Security Council rows none.
/// </remarks>
internal static class WideReader
{
    public static void Read(string path, SourceBatchBuilder batch, int file, Action<long>? progress)
    {
        using var csv = CsvSource.Open(path);
        var names = csv.Reader.Header.ColNames.Select(WideLayout.Clean).ToArray();
        var layout = WideLayouts.Match(names)
            ?? throw new IngestException(path, 1, null, null, "the header matches no declared wide layout.");
        int date = csv.Column(layout.Date), rcid = Optional(csv, layout.Rcid), token = Optional(csv, layout.Token),
            title = Optional(csv, layout.Title), resolution = Optional(csv, layout.Resolution), body = Optional(csv, layout.Body),
            subjects = Optional(csv, layout.Subjects);
        var flags = layout.IssueFlags.Select(f => (Col: csv.Column(f.Column), f.Issue)).ToArray();
        var states = StateColumns(csv, names, layout, batch.Reference, path);
        long rows = 0, notMember = 0, chinaBefore = 0;
        var china = batch.Reference.China;
        foreach (var row in csv.Reader)
        {
            csv.RequireFields(row, names.Length);
            var line = CsvSource.LineOf(row);
            if (row[date].Span.Trim().Length == 4)
            {
                // Two rows of the 1946–2021 scrape give only a year: no day to match or order them by.
                batch.Skip("roll call dated by a year only (no day): not read");
                rows++;
                continue;
            }

            var day = csv.Date(row, date);
            var isCouncil = body >= 0 && row[body].Span.Trim().StartsWith("Security", StringComparison.OrdinalIgnoreCase);
            var symbol = CsvSource.Text(row, resolution);
            long? id = rcid >= 0 ? csv.Long(row, rcid) : null;
            var key = id is long r
                ? string.Create(CultureInfo.InvariantCulture, $"{layout.Name}:{r}@{day:yyyy-MM-dd}")
                : CsvSource.Text(row, token) is { } t ? $"{layout.Name}:{t}" : $"{layout.Name}:{symbol}@{day:yyyy-MM-dd}";
            var rc = new RollCall
            {
                Id = new RollCallId(id ?? 0),
                Body = isCouncil ? Body.SecurityCouncil : Body.GeneralAssembly,
                Session = isCouncil ? null : GeneralAssemblySession.InProgressOn(day),
                Date = day,
                Resolution = symbol,
                Title = CsvSource.Text(row, title),
                Description = CsvSource.Text(row, subjects),
            };
            var index = batch.Describe(key, id, rc, file, line);
            foreach (var (col, issue) in flags)
            {
                if (csv.Flag(row, col))
                {
                    batch.AddIssue(index, issue);
                }
            }

            foreach (var (col, state) in states)
            {
                var cell = row[col].Span.Trim();
                if (!TryParse(layout.Dialect, cell, out var v))
                {
                    throw csv.Bad(row, col, layout.Dialect == WideVoteDialect.Voeten
                        ? "expected a Voeten vote code: 1 yes, 2 abstain, 3 no, 8 absent, 9 not a member."
                        : "expected Y, N, A, X (or YES, NO, ABSTAIN), or blank for not a member.");
                }

                if (v is Vote.NonMember or Vote.None)
                {
                    notMember++;
                    continue;
                }

                if (layout.SeparateRepublicOfChina && state == china && day < CountryReference.ChinaSeatTransfer)
                {
                    // The layout has a TWN column for the seat's holder; CHN cells before the transfer are artefacts (absences).
                    chinaBefore++;
                    continue;
                }

                batch.AddVote(index, state, v, file, line);
            }

            if (++rows % 256 == 0)
            {
                progress?.Invoke(rows);
            }
        }

        if (notMember > 0)
        {
            batch.Skip(layout.Dialect == WideVoteDialect.Voeten ? "not a member (code 9): not a vote" : "blank cell: not a member (or not on the Council)", notMember);
        }

        if (chinaBefore > 0)
        {
            batch.Skip("CHN before 25 October 1971 in a layout with a TWN column: the PRC did not hold the seat", chinaBefore);
        }

        batch.SetRows(file, rows);
    }

    private static bool TryParse(WideVoteDialect dialect, ReadOnlySpan<char> cell, out Vote vote)
    {
        if (dialect == WideVoteDialect.Voeten)
        {
            // Some rows write the codes as decimals (1.0).
            return VoteCodes.TryParseVoeten(cell.EndsWith(".0") ? cell[..^2] : cell, out vote);
        }

        if (cell.IsEmpty)
        {
            vote = Vote.None;
            return true;
        }

        return VoteCodes.TryParseUndl(cell, out vote) && vote is not Vote.NonMember;
    }

    private static int Optional(CsvSource csv, string? name) => name is null ? -1 : csv.Column(name);

    /// <summary>The state columns of a header, resolved; a column naming no state is an error.</summary>
    private static (int Col, Country State)[] StateColumns(CsvSource csv, string[] names, WideLayout layout, CountryReference reference, string path)
    {
        var first = Array.FindIndex(names, n => string.Equals(n.Trim(), layout.StatesAfter, StringComparison.OrdinalIgnoreCase)) + 1;
        if (first <= 0)
        {
            throw new IngestException(path, 1, layout.StatesAfter, null, $"the header has no column '{layout.StatesAfter}', after which the {layout.Name} layout's state columns start.");
        }

        var list = new List<(int, Country)>();
        for (var i = first; i < names.Length; i++)
        {
            var name = names[i].Trim();
            if (layout.NotStates.ContainsKey(name))
            {
                continue;
            }

            var text = layout.ColumnAliases.TryGetValue(name, out var alias) ? alias : name;
            var candidates = reference.Candidates(text);
            if (candidates.Count != 1)
            {
                throw new IngestException(path, 1, csv.ColumnName(i), name, candidates.Count == 0
                    ? $"the state column '{name}' names no state in the country reference; add an alias to the {layout.Name} layout's column dictionary or to countries.csv."
                    : $"the state column '{name}' is ambiguous ({string.Join(", ", candidates.Select(c => c.Iso3))}).");
            }

            list.Add((i, candidates[0]));
        }

        return [.. list];
    }
}
