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
}
