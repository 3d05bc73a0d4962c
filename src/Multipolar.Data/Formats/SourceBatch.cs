using Multipolar.Countries;
using Multipolar.Votes;

namespace Multipolar.Data.Formats;

/// <summary>A file that was read, with its checksum (the source's identity in the store).</summary>
/// <param name="Path">The path as given.</param>
/// <param name="Format">The layout recognised from the header.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes (as stored, compressed or not).</param>
/// <param name="Bytes">File size in bytes.</param>
/// <param name="Rows">Data rows read (header excluded).</param>
public sealed record SourceFile(string Path, SourceFormat Format, string Sha256, long Bytes, long Rows);

/// <summary>A roll call as read from a source, before the store gives it its identity.</summary>
/// <param name="Key">The source's own key for the roll call, unique within the batch (e.g. <c>rcid:3</c>, <c>undl:A/RES/ES-11/1</c>).</param>
/// <param name="VoetenRcid">Voeten's <c>rcid</c> when the source is Voeten's data or derived from it.</param>
/// <param name="RollCall">The roll call; its <see cref="RollCall.Id"/> is provisional until stored.</param>
/// <param name="File">Index of the file in <see cref="SourceBatch.Files"/>.</param>
/// <param name="Line">Line of the file where it was first described (0 when only referenced by votes).</param>
/// <param name="DescribedBySource">False when the batch only saw votes referring to the roll call: it must already be in the store.</param>
public sealed record SourceRollCall(string Key, long? VoetenRcid, RollCall RollCall, int File, long Line, bool DescribedBySource);

/// <summary>One vote as read from a source: hot data, a compact value.</summary>
/// <param name="RollCall">Index into <see cref="SourceBatch.RollCalls"/>.</param>
/// <param name="State">The state's <see cref="Country.Index"/> in the reference.</param>
/// <param name="Vote">The vote.</param>
/// <param name="File">Index into <see cref="SourceBatch.Files"/>.</param>
/// <param name="Line">1-based line of the file.</param>
public readonly record struct SourceVote(int RollCall, short State, Vote Vote, short File, int Line);

/// <summary>Rows a reader did not turn into votes, with the reason (reported in the ingest summary).</summary>
/// <param name="Reason">Why the rows were skipped.</param>
/// <param name="Count">How many rows.</param>
public sealed record SkippedRows(string Reason, long Count);

/// <summary>
/// A quirk of a source that a reader handled by a documented rule (docs/sources.md): reported by
/// <c>ingest</c>, never applied silently.
/// </summary>
/// <param name="Kind">What kind of quirk (<see cref="SourceQuirkKind"/>).</param>
/// <param name="File">The file (path as given).</param>
/// <param name="Line">1-based line, or 0 for the file as a whole.</param>
/// <param name="Detail">What was found and what was done.</param>
public sealed record SourceQuirk(string Kind, string File, long Line, string Detail);

/// <summary>The kinds of <see cref="SourceQuirk"/> (docs/sources.md, "The official resolution record").</summary>
public static class SourceQuirkKind
{
    /// <summary>Several spellings of one state's name (resolved through the country reference's aliases).</summary>
    public const string NameVariants = "name variants";

    /// <summary>Dates in more than one format.</summary>
    public const string DateFormats = "date formats";

    /// <summary>A count given as <c>N.A.</c>.</summary>
    public const string NotAvailableCount = "N.A. count";

    /// <summary>A resolution listed more than once (the first copy is kept).</summary>
    public const string RepeatedSymbol = "repeated symbol";

    /// <summary>A repeated resolution whose copies give different votes or dates (the first copy is kept).</summary>
    public const string RepeatedSymbolDiffers = "repeated symbol with different votes";

    /// <summary>A recorded vote whose three lists are empty (source defect: no roll call kept from this source).</summary>
    public const string EmptyVoteLists = "empty vote lists";

    /// <summary>A name listed more than once in a roll call (source defect: each state kept once).</summary>
    public const string RepeatedNames = "repeated names";

    /// <summary>A state listed with two different votes on one roll call (source defect: its vote dropped).</summary>
    public const string ContradictoryNames = "state in two lists";

    /// <summary>List lengths that disagree with the stated counts (both reported).</summary>
    public const string CountMismatch = "lists disagree with counts";

    /// <summary>Resolutions adopted without a vote (kept as resolutions, no roll call).</summary>
    public const string WithoutVote = "adopted without a vote";

    /// <summary>Resolutions whose adoption type is empty (kept as resolutions, no roll call).</summary>
    public const string AdoptionNotStated = "adoption type not stated";
}

/// <summary>
/// An adopted resolution of a source that records every resolution, voted or not (the UN's resolution
/// record): the data layer keeps those adopted without a vote, which are not roll calls.
/// </summary>
/// <param name="Symbol">The resolution symbol as published (e.g. <c>A/RES/74/1</c>).</param>
/// <param name="Session">The regular session (emergency special sessions: the one in progress on the date).</param>
/// <param name="Date">The adoption date.</param>
/// <param name="Adoption">How it was adopted: <c>recorded vote</c>, <c>without a vote</c> or <c>not stated</c>.</param>
/// <param name="Yes">The stated count in favour (null when <c>N.A.</c> or not a recorded vote).</param>
/// <param name="No">The stated count against.</param>
/// <param name="Abstain">The stated count of abstentions.</param>
/// <param name="Title">The title.</param>
/// <param name="Agenda">The agenda item's name.</param>
/// <param name="IssueBasis">The issue areas of its texts and the field that gave each (<c>hr:title ec:subjects+title</c>; empty when none).</param>
/// <param name="RollCall">Index into <see cref="SourceBatch.RollCalls"/> of its roll call, or -1 when none is kept.</param>
/// <param name="File">Index into <see cref="SourceBatch.Files"/>.</param>
/// <param name="Line">1-based line of the file.</param>
/// <param name="Note">A source defect affecting it, if any.</param>
public sealed record SourceResolution(
    string Symbol, int Session, DateOnly Date, string Adoption, int? Yes, int? No, int? Abstain, string? Title, string? Agenda,
    string IssueBasis, int RollCall, int File, long Line, string? Note);

/// <summary>
/// Everything read from the files of one ingest, validated and ready to be written in one transaction.
/// Built by <see cref="SourceBatchBuilder"/>.
/// </summary>
public sealed class SourceBatch
{
    internal SourceBatch(
        IReadOnlyList<SourceFile> files,
        IReadOnlyList<SourceRollCall> rollCalls,
        SourceVote[] votes,
        IReadOnlyList<SkippedRows> skipped,
        CountryReference reference,
        IReadOnlyList<SourceQuirk>? quirks = null,
        IReadOnlyList<SourceResolution>? resolutions = null)
    {
        Quirks = quirks ?? [];
        Resolutions = resolutions ?? [];
        Files = files;
        RollCalls = rollCalls;
        Votes = votes;
        Skipped = skipped;
        Reference = reference;
    }

    /// <summary>The files read.</summary>
    public IReadOnlyList<SourceFile> Files { get; }

    /// <summary>The roll calls, in the order first seen.</summary>
    public IReadOnlyList<SourceRollCall> RollCalls { get; }

    /// <summary>The votes (no two for the same roll call and state).</summary>
    public SourceVote[] Votes { get; }

    /// <summary>Rows that were not turned into votes, and why.</summary>
    public IReadOnlyList<SkippedRows> Skipped { get; }

    /// <summary>Quirks of the sources handled by documented rules, in the order found.</summary>
    public IReadOnlyList<SourceQuirk> Quirks { get; }

    /// <summary>Adopted resolutions of sources that record them all (voted or not).</summary>
    public IReadOnlyList<SourceResolution> Resolutions { get; }

    /// <summary>The country reference the states' indices refer to.</summary>
    public CountryReference Reference { get; }
}
