namespace Multipolar.Data.Formats;

/// <summary>The published layouts Multipolar reads, recognised from a file's header.</summary>
public enum SourceFormat
{
    /// <summary>The <c>unvotes</c> R package, votes file: <c>rcid, country, country_code, vote</c>.</summary>
    UnvotesVotes,

    /// <summary>The <c>unvotes</c> R package, roll calls: <c>rcid, session, importantvote, date, unres, amend, para, short, descr</c>.</summary>
    UnvotesRollCalls,

    /// <summary>The <c>unvotes</c> R package, issues: <c>rcid, short_name, issue</c>.</summary>
    UnvotesIssues,

    /// <summary>Erik Voeten's Dataverse long file: a row per state and roll call, <c>rcid, ccode, member, vote, Country, ...</c>.</summary>
    VoetenLong,

    /// <summary>The UN Digital Library bulk layout: <c>undl_id, ms_code, ms_name, ms_vote, date, session, resolution, ...</c>.</summary>
    UndlBulk,

    /// <summary>A roll-call × state matrix derived from Voeten's data (<c>rcid, date, me … ec</c>, ISO3 state columns, Voeten's 1/2/3/8/9); see <see cref="WideLayouts.VoetenWide"/>.</summary>
    VoetenWide,

    /// <summary>A UN Digital Library scrape, one row per resolution and one column per state (Y/N/A/X or YES/NO/ABSTAIN); see <see cref="WideLayouts"/>.</summary>
    UndlWide,

    /// <summary>
    /// The UN's machine-readable resolution record (UNxml/GAresolutions <c>data_extract/</c>): one JSON object per
    /// line and adopted resolution, voted or not, with three lists of member-state names; see <see cref="UnxmlReader"/>.
    /// </summary>
    UnxmlResolutions,
}
