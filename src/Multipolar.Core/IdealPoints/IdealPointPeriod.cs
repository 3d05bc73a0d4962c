namespace Multipolar.IdealPoints;

/// <summary>How roll calls are grouped into the periods of the dynamic ideal-point model.</summary>
public enum IdealPointPeriod : byte
{
    /// <summary>The calendar year of the vote (<see cref="Votes.RollCall.Year"/>). The default.</summary>
    Year = 0,

    /// <summary>
    /// The General Assembly session (<see cref="Votes.RollCall.Session"/>, 1 = 1946); a roll call without a
    /// session number falls back to <c>year − 1945</c>.
    /// </summary>
    Session = 1,
}
