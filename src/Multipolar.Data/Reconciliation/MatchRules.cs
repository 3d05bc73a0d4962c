namespace Multipolar.Data.Reconciliation;

/// <summary>
/// The thresholds of roll-call matching across sources (docs/sources.md, "Reconciliation"). Change with
/// <c>with</c>.
/// </summary>
public readonly record struct MatchRules
{
    /// <summary>
    /// The rules used by ingest: agreement 0.9 over at least 10 common states, dates ±1 day; for the wide
    /// date pass, agreement 0.97 over at least 30 common states, equal totals, dates ±120 days.
    /// </summary>
    public static MatchRules Default { get; } = new()
    {
        MinAgreement = 0.9,
        MinCommonStates = 10,
        MaxDayDifference = 1,
        MinStrongAgreement = 0.97,
        MinStrongCommonStates = 30,
        MaxWideDayDifference = 120,
    };

    /// <summary>Least share of identical cast votes for a match by symbol, by date and vote pattern, or by symbol base.</summary>
    public double MinAgreement { get; init; }

    /// <summary>Least number of states with a cast vote in both for a match by pattern (by symbol: fewer and the votes are not compared).</summary>
    public int MinCommonStates { get; init; }

    /// <summary>Largest difference of the two dates, in days, for a match by date.</summary>
    public int MaxDayDifference { get; init; }

    /// <summary>Least agreement for a match by pattern over the wide date window.</summary>
    public double MinStrongAgreement { get; init; }

    /// <summary>Least number of common states for a match by pattern over the wide date window.</summary>
    public int MinStrongCommonStates { get; init; }

    /// <summary>Largest difference of the two dates, in days, for a match by pattern and equal totals (approximate early dates).</summary>
    public int MaxWideDayDifference { get; init; }
}
