using System.Globalization;

namespace Multipolar.Cases;

/// <summary>
/// The templates findings are written with: each sentence states only numbers it is given (first and last
/// defined values with their years, the extremes, a count), so that no sentence says more than the numbers.
/// </summary>
public static class FindingText
{
    /// <summary>A value as written in findings (3 significant decimals for shares and agreement).</summary>
    public static string Number(double v) => double.IsNaN(v) ? "undefined" : v.ToString(Math.Abs(v) >= 10 ? "0.0" : "0.00", CultureInfo.InvariantCulture);

    /// <summary>The first and last defined points of a series, or null when fewer than two.</summary>
    public static ((int Year, double Value) First, (int Year, double Value) Last)? Ends(IEnumerable<(int Year, double Value)> series)
    {
        var defined = series.Where(p => double.IsFinite(p.Value)).OrderBy(p => p.Year).ToArray();
        return defined.Length < 2 ? null : (defined[0], defined[^1]);
    }

    /// <summary>"rose from 0.65 in 1992 to 0.87 in 2019" / "fell from …" / "was 0.50 in 1992 and 0.50 in 2019" (also when the change does not show at the written precision); null when fewer than two points.</summary>
    public static string? Change(IEnumerable<(int Year, double Value)> series, double tolerance = 0.005)
    {
        if (Ends(series) is not var (first, last))
        {
            return null;
        }

        // A change that does not show at the written precision is written as two values, not as a rise or fall.
        var verb = Number(first.Value) == Number(last.Value) ? "was unchanged"
            : last.Value - first.Value > tolerance ? "rose" : first.Value - last.Value > tolerance ? "fell" : "was unchanged";
        return verb == "was unchanged"
            ? $"was {Number(first.Value)} in {first.Year} and {Number(last.Value)} in {last.Year}"
            : $"{verb} from {Number(first.Value)} in {first.Year} to {Number(last.Value)} in {last.Year}";
    }

    /// <summary>+1 rose, −1 fell, 0 unchanged (within tolerance), null undefined.</summary>
    public static int? Direction(IEnumerable<(int Year, double Value)> series, double tolerance = 0.005) =>
        Ends(series) is not var (first, last) ? null : last.Value - first.Value > tolerance ? 1 : first.Value - last.Value > tolerance ? -1 : 0;

    /// <summary>"its highest, 0.91, in 2011" and lowest likewise.</summary>
    public static string? Extremes(IEnumerable<(int Year, double Value)> series)
    {
        var defined = series.Where(p => double.IsFinite(p.Value)).ToArray();
        if (defined.Length < 2)
        {
            return null;
        }

        var max = defined.MaxBy(p => p.Value);
        var min = defined.MinBy(p => p.Value);
        return $"highest {Number(max.Value)} ({max.Year}), lowest {Number(min.Value)} ({min.Year})";
    }

    /// <summary>Years with fewer than <paramref name="minimum"/> observations, as a compact list ("2020 (N 1)").</summary>
    public static string? ThinYears(IEnumerable<(int Year, int N)> counts, int minimum = 10)
    {
        var thin = counts.Where(c => c.N > 0 && c.N < minimum).OrderBy(c => c.Year).Select(c => $"{c.Year} (N {c.N})").ToArray();
        return thin.Length == 0 ? null : string.Join(", ", thin);
    }
}
