namespace Multipolar.Alignment;

/// <summary>What a period of an alignment series is (<see cref="AlignmentOptions.Period"/>).</summary>
public enum PeriodKind
{
    /// <summary>The calendar year of the vote date. The default.</summary>
    Year = 0,

    /// <summary>The General Assembly session number (1 = 1946); roll calls without a session are left out.</summary>
    Session = 1,
}
