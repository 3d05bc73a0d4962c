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
        CountryReference reference)
    {
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

    /// <summary>The country reference the states' indices refer to.</summary>
    public CountryReference Reference { get; }
}
