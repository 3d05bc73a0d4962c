using System.Collections.Frozen;
using Multipolar.Votes;

namespace Multipolar.Data.Formats;

/// <summary>The wide layouts Multipolar reads, each declared by its column dictionary (docs/sources.md).</summary>
public static class WideLayouts
{
    /// <summary>
    /// <c>ungaVoting_003.csv</c> (Pigeon-Effect/Mapping-UNGA-Voting-Alliances, derived from Voeten's data):
    /// <c>rcid, date, me, nu, di, hr, co, ec</c>, then ISO3 state columns coded 1/2/3/8/9. The rcid is not
    /// unique (411, 427, 449, 495 are used twice, in the 1950s and in 2023), so a roll call's key is its
    /// rcid and date. <c>SRB</c> is Yugoslavia before 2006 and <c>TWN</c> the Republic of China.
    /// </summary>
    public static WideLayout VoetenWide { get; } = new()
    {
        Name = "voeten-wide",
        Format = SourceFormat.VoetenWide,
        Signature = ["rcid", "date", "me", "nu", "di", "hr", "co", "ec", "USA"],
        Rcid = "rcid",
        Date = "date",
        IssueFlags = [.. new[] { "me", "nu", "di", "hr", "co", "ec" }.Zip(IssueArea.Standard, (c, i) => (c, i))],
        Dialect = WideVoteDialect.Voeten,
        StatesAfter = "ec",
        SeparateRepublicOfChina = true,
    };

    /// <summary>
    /// <c>UN_DATA_wide_1946_2021.csv</c> (a UN Digital Library scrape): <c>Council, Date, Title, Resolution,
    /// TOTAL VOTES, NO-VOTE COUNT, ABSENT COUNT, NO COUNT, YES COUNT, Link, token</c>, then state columns in
    /// UN spelling (upper case, historical names included) after <c>token</c>. Cells Y/N/A/X, blank when
    /// not a member. Misspelt copies of a state's column hold single votes and are merged into the state;
    /// <c>DONOTKNOW</c> is not a state (one Security Council vote, S/RES/1966 (2010), that the scrape could
    /// not attribute) and is ignored.
    /// </summary>
    public static WideLayout UndlWide1946 { get; } = new()
    {
        Name = "undl-wide-1946-2021",
        Format = SourceFormat.UndlWide,
        Signature = ["Council", "Date", "Title", "Resolution", "TOTAL VOTES", "YES COUNT", "token", "SENEGAL"],
        Token = "token",
        Date = "Date",
        Title = "Title",
        Resolution = "Resolution",
        Body = "Council",
        Dialect = WideVoteDialect.Undl,
        StatesAfter = "token",
        NotStates = new Dictionary<string, string>
        {
            ["DONOTKNOW"] = "not a state: the scrape's column for a vote it could not attribute (one Security Council vote)",
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
        ColumnAliases = new Dictionary<string, string>
        {
            ["Aa UNITED STATES"] = "UNITED STATES",
            ["AY DENMARK"] = "DENMARK",
            ["AY SWEDEN"] = "SWEDEN",
            ["AY UNION OF SOUTH AFRICA"] = "SOUTH AFRICA",
            ["UNION OF SOUTH AFRICA"] = "SOUTH AFRICA",
            ["CHILEs"] = "CHILE",
            ["TKAZAKHSTAN"] = "KAZAKHSTAN",
            ["REPULIC OF MOLDOVA"] = "REPUBLIC OF MOLDOVA",
            ["BOLIVIA (PLUNATIONAL STATE OF)"] = "BOLIVIA",
            ["BOLIVIA (PLURINATIOANL STATE OF)"] = "BOLIVIA",
            ["DEMOCRATIC CAMPUCHEA"] = "DEMOCRATIC KAMPUCHEA",
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
    };

    /// <summary>
    /// <c>un_votes_2025_processed_wide.csv</c> (a UN Digital Library scrape of 2025): <c>Link, token,
    /// Scrape_Year, Title, Council, Resolution, country, subregion, continent, Date, YES COUNT, NO COUNT,
    /// ABSTAIN COUNT, NO-VOTE COUNT, TOTAL VOTES, tags</c>, then ISO3 state columns. Cells YES/NO/ABSTAIN,
    /// blank when not voting or not a member. Counts are zero-padded strings (not used).
    /// </summary>
    public static WideLayout UndlWide2025 { get; } = new()
    {
        Name = "undl-wide-2025",
        Format = SourceFormat.UndlWide,
        Signature = ["Link", "token", "Scrape_Year", "Title", "Council", "Resolution", "Date", "tags", "USA"],
        Token = "token",
        Date = "Date",
        Title = "Title",
        Resolution = "Resolution",
        Body = "Council",
        Subjects = "tags",
        Dialect = WideVoteDialect.Undl,
        StatesAfter = "tags",
    };

    /// <summary>Every declared wide layout.</summary>
    public static IReadOnlyList<WideLayout> All { get; } = [VoetenWide, UndlWide1946, UndlWide2025];

    /// <summary>The layout a header matches, or null.</summary>
    public static WideLayout? Match(IReadOnlyCollection<string> columns) => All.FirstOrDefault(l => l.Matches(columns));
}
