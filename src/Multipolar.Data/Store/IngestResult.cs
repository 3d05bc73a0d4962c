using Multipolar.Data.Formats;
using Multipolar.Data.Reconciliation;

namespace Multipolar.Data.Store;

/// <summary>A vote of a new source that differs from the vote the store already had for the same roll call and state.</summary>
/// <param name="RollCallId">The store's roll-call id.</param>
/// <param name="Iso3">The state.</param>
/// <param name="Existing">The vote already stored.</param>
/// <param name="ExistingSource">The file it came from.</param>
/// <param name="Incoming">The new source's vote.</param>
/// <param name="IncomingSource">The new file and line.</param>
/// <param name="IncomingWins">True when the new source takes precedence and its vote becomes the effective one.</param>
public sealed record VoteConflict(long RollCallId, string Iso3, Votes.Vote Existing, string ExistingSource, Votes.Vote Incoming, string IncomingSource, bool IncomingWins);

/// <summary>What an ingest did.</summary>
public sealed record IngestResult
{
    /// <summary>Files read.</summary>
    public required IReadOnlyList<SourceFile> Files { get; init; }

    /// <summary>Files skipped because a file with the same checksum was already ingested.</summary>
    public required IReadOnlyList<string> AlreadyIngested { get; init; }

    /// <summary>Roll calls added.</summary>
    public long NewRollCalls { get; init; }

    /// <summary>Roll calls of the files that were already in the store (matched).</summary>
    public long MatchedRollCalls { get; init; }

    /// <summary>Votes added.</summary>
    public long NewVotes { get; init; }

    /// <summary>Votes identical to one already stored for the same roll call and state (not added again).</summary>
    public long DuplicateVotes { get; init; }

    /// <summary>Votes that differ from the stored vote (added, with precedence deciding the effective one).</summary>
    public required IReadOnlyList<VoteConflict> Conflicts { get; init; }

    /// <summary>Distinct states with votes in this ingest.</summary>
    public long States { get; init; }

    /// <summary>First and last calendar year of the roll calls read.</summary>
    public (int From, int To)? Years { get; init; }

    /// <summary>Issue areas of the roll calls read, with counts.</summary>
    public required IReadOnlyDictionary<string, int> Issues { get; init; }

    /// <summary>
    /// Source defects in the issue codes read (<see cref="DuplicatedIssueRule"/>): which file, year and areas,
    /// how many roll calls, and which codes were kept or dropped. <see cref="Issues"/> counts the codes as read.
    /// </summary>
    public IReadOnlyList<IssueCodeDefect> IssueDefects { get; init; } = [];

    /// <summary>Quirks of the sources handled by documented rules (docs/sources.md), reported by <c>ingest</c>.</summary>
    public IReadOnlyList<SourceQuirk> Quirks { get; init; } = [];

    /// <summary>Adopted resolutions written to the <c>resolutions</c> table (voted or not; sources that record them all).</summary>
    public long Resolutions { get; init; }

    /// <summary>Rows not turned into votes, and why.</summary>
    public required IReadOnlyList<SkippedRows> Skipped { get; init; }

    /// <summary>True when nothing was written (all files already ingested, or nothing new).</summary>
    public bool NothingNew => NewRollCalls == 0 && NewVotes == 0 && Conflicts.Count == 0 && Resolutions == 0;
}
