using Multipolar.Countries;

namespace Multipolar.Polarity;

/// <summary>The label of a community by the poles it contains: "with USA", "with CHN and RUS", "with CHN, RUS and USA", "no pole".</summary>
/// <remarks>Poles are named by ISO3 in alphabetical order. The USSR's seat is RUS before 1992 and the China
/// seat is CHN only from 25 October 1971 (before, TWN held it), as the store records them.</remarks>
public static class PoleLabel
{
    /// <summary>The label for a community holding <paramref name="poles"/>.</summary>
    public static string For(IEnumerable<Country> poles)
    {
        ArgumentNullException.ThrowIfNull(poles);
        var codes = poles.Select(p => p.Iso3).Order(StringComparer.Ordinal).ToArray();
        return codes.Length switch
        {
            0 => "no pole",
            1 => "with " + codes[0],
            _ => "with " + string.Join(", ", codes[..^1]) + " and " + codes[^1],
        };
    }
}
