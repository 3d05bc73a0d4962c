using System.Globalization;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Votes;

namespace Multipolar.Data.Store;

/// <summary>
/// How two sources agree where they overlap, measured by the real reconciliation: the first source is
/// ingested into a fresh store, then the second; the second ingest's matches, repeated votes and conflicts
/// are the overlap (docs/sources.md, "Agreement on the overlaps").
/// </summary>
/// <param name="From">First date of the first source's General Assembly roll calls.</param>
/// <param name="To">Last date of the first source's General Assembly roll calls.</param>
/// <param name="StoredRollCalls">The first source's General Assembly roll calls dated within the second source's dates.</param>
/// <param name="IncomingRollCalls">The second source's roll calls dated within <paramref name="From"/>–<paramref name="To"/>.</param>
/// <param name="Matched">The second source's roll calls matched to one of the first's.</param>
/// <param name="SameVotes">States' records equal in both sources on matched roll calls.</param>
/// <param name="CastConflicts">Different cast votes (yes/no/abstain against another of them).</param>
/// <param name="AbsenceConflicts">An absence in one source against a cast vote in the other.</param>
public sealed record SourceOverlap(
    DateOnly From, DateOnly To, long StoredRollCalls, int IncomingRollCalls, long Matched, long SameVotes, int CastConflicts, int AbsenceConflicts)
{
    /// <summary>Share of the compared state records that are equal (NaN when none compared).</summary>
    public double Agreement => SameVotes + CastConflicts + AbsenceConflicts is var n and > 0 ? (double)SameVotes / n : double.NaN;

    /// <summary>Share of the compared cast votes that are equal, absences left out (NaN when none).</summary>
    public double CastAgreement => SameVotes + CastConflicts is var n and > 0 ? (double)SameVotes / n : double.NaN;

    /// <summary>Ingests <paramref name="first"/> then <paramref name="second"/> into a fresh store at <paramref name="storePath"/> and measures the overlap.</summary>
    public static SourceOverlap Measure(string storePath, IReadOnlyList<string> first, IReadOnlyList<string> second, CountryReference reference)
    {
        using var store = VoteStore.Open(storePath);
        store.Ingest(SourceReader.Read(first, reference));
        var from = VoteStore.AsDate(store.Scalar("SELECT min(date) FROM rollcalls WHERE body = 'GA'")) ?? DateOnly.MinValue;
        var to = VoteStore.AsDate(store.Scalar("SELECT max(date) FROM rollcalls WHERE body = 'GA'")) ?? DateOnly.MinValue;
        var batch = SourceReader.Read(second, reference);
        var inRange = batch.RollCalls.Where(r => r.DescribedBySource && r.RollCall.Body == Body.GeneralAssembly && r.RollCall.Date >= from && r.RollCall.Date <= to).ToArray();
        var secondFrom = inRange.Length == 0 ? to : inRange.Min(r => r.RollCall.Date);
        var secondTo = inRange.Length == 0 ? from : inRange.Max(r => r.RollCall.Date);
        var stored = Convert.ToInt64(store.Scalar("SELECT count(*) FROM rollcalls WHERE body = 'GA' AND date BETWEEN $1 AND $2", secondFrom.ToDateTime(TimeOnly.MinValue), secondTo.ToDateTime(TimeOnly.MinValue)), CultureInfo.InvariantCulture);
        var result = store.Ingest(batch);
        var cast = result.Conflicts.Count(c => c.Existing is not Vote.Absent && c.Incoming is not Vote.Absent);
        return new SourceOverlap(from, to, stored, inRange.Length, result.MatchedRollCalls, result.DuplicateVotes, cast, result.Conflicts.Count - cast);
    }
}
