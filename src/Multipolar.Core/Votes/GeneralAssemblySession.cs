namespace Multipolar.Votes;

/// <summary>
/// The calendar of General Assembly sessions, in one place: session n opens in September of 1945 + n
/// (session 1 met in 1946) and its votes fall in the years 1945 + n and 1946 + n.
/// </summary>
public static class GeneralAssemblySession
{
    /// <summary>The calendar year session <paramref name="session"/> opens in (1 → 1946).</summary>
    public static int OpeningYear(int session) => 1945 + session;

    /// <summary>The last calendar year in which votes of session <paramref name="session"/> can fall (its resumed part).</summary>
    public static int LastYear(int session) => 1946 + session;

    /// <summary>The session that opens in calendar year <paramref name="year"/> (1946 → 1).</summary>
    public static int OpeningIn(int year) => year - 1945;

    /// <summary>The regular session in progress on a date: a session opens in September (never before session 1).</summary>
    public static int InProgressOn(DateOnly date) => Math.Max(1, date.Month >= 9 ? OpeningIn(date.Year) : OpeningIn(date.Year) - 1);
}
