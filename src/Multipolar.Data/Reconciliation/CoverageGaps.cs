namespace Multipolar.Data.Reconciliation;

/// <summary>The parts of <see cref="CoverageRule"/> that flag a year.</summary>
[Flags]
public enum CoverageGaps
{
    /// <summary>Not flagged.</summary>
    None = 0,

    /// <summary>No roll call at all.</summary>
    Empty = 1,

    /// <summary>Under <see cref="CoverageRule.ThinShare"/> of the neighbours' median.</summary>
    Thin = 2,

    /// <summary>No roll call in <see cref="CoverageRule.MissingMonths"/> or more usual months.</summary>
    Months = 4,

    /// <summary>The last year of the record, which ends before December (<see cref="CoverageRule.Apply"/>).</summary>
    Partial = 8,
}
