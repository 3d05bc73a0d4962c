using Multipolar.Votes;

namespace Multipolar.Data.Store;

/// <summary>A stored source file.</summary>
/// <param name="Id">The store's source id.</param>
/// <param name="FileName">File name.</param>
/// <param name="Format">Layout.</param>
/// <param name="Sha256">Checksum.</param>
/// <param name="Rows">Data rows.</param>
/// <param name="Precedence">Rank when sources disagree (lower wins).</param>
/// <param name="IngestedAt">When it was ingested (UTC).</param>
public sealed record StoredSource(int Id, string FileName, string Format, string Sha256, long Rows, int Precedence, DateTime IngestedAt);

/// <summary>What a store holds (the <c>info</c> command).</summary>
public sealed record StoreInfo
{
    /// <summary>Store file.</summary>
    public required string Path { get; init; }

    /// <summary>Schema version.</summary>
    public int SchemaVersion { get; init; }

    /// <summary>General Assembly roll calls.</summary>
    public long RollCalls { get; init; }

    /// <summary>Security Council roll calls.</summary>
    public long SecurityCouncilRollCalls { get; init; }

    /// <summary>Effective cast votes (yes, abstain, no) on General Assembly roll calls.</summary>
    public long Votes { get; init; }

    /// <summary>Recorded absences (effective).</summary>
    public long Absences { get; init; }

    /// <summary>States with at least one vote.</summary>
    public long Countries { get; init; }

    /// <summary>First and last session (General Assembly).</summary>
    public (int First, int Last)? Sessions { get; init; }

    /// <summary>First and last date of a General Assembly roll call.</summary>
    public (DateOnly First, DateOnly Last)? Dates { get; init; }

    /// <summary>Roll calls per issue area code.</summary>
    public required IReadOnlyList<(string Issue, long RollCalls)> Issues { get; init; }

    /// <summary>Sources.</summary>
    public required IReadOnlyList<StoredSource> Sources { get; init; }

    /// <summary>Votes kept from a source that another source contradicts.</summary>
    public long ConflictingVotes { get; init; }

    /// <summary>The years the sessions span: session n opens in 1945 + n (session 1: 1946).</summary>
    public (int From, int To)? SessionYears => Sessions is { } s ? (GeneralAssemblySession.OpeningYear(s.First), GeneralAssemblySession.OpeningYear(s.Last)) : null;
}
