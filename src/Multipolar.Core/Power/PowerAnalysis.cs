using System.Collections.Immutable;
using Multipolar.Countries;

namespace Multipolar.Power;

/// <summary>
/// Material capabilities and economic size per year: each state's CINC and GDP share, the concentration of
/// capabilities among the major powers and their effective number, and a dyad's ratios. The one library API
/// of material power that the CLI, the web and the case studies call.
/// </summary>
/// <remarks>
/// <para>Concentration: Ray, J. L. and Singer, J. D. (1973), "Measuring the Concentration of Power in the
/// International System", Sociological Methods and Research 1(4): 403–437:
/// CON = √((Σᵢ Sᵢ² − 1/N) / (1 − 1/N)), Sᵢ the share of major power i in the N major powers' summed
/// capabilities; 0 when the shares are equal, 1 when one power holds all.</para>
/// <para>Effective number of major powers: 1 / Σᵢ Sᵢ² (the Laakso and Taagepera 1979 index applied to
/// capability shares); N when the shares are equal, 1 when one power holds all. CON and the effective number
/// are linked: 1/Σ S² = N / (1 + CON²(N − 1)).</para>
/// <para>CINC: Singer, J. D., Bremer, S. and Stuckey, J. (1972), "Capability Distribution, Uncertainty, and
/// Major Power War, 1820–1965"; data: COW National Material Capabilities v6.0 (Greig and Enterline 2021)
/// and v7.0. GDP: World Bank, NY.GDP.MKTP.CD (current US$).</para>
/// <para>Pure: no I/O. Thread-safe.</para>
/// </remarks>
public static class PowerAnalysis
{
    /// <summary>The citations of the material sources.</summary>
    public static readonly ImmutableArray<string> Citations =
    [
        "Singer, Bremer and Stuckey (1972), Capability Distribution, Uncertainty, and Major Power War, 1820–1965; Correlates of War National Material Capabilities v6.0 (Greig and Enterline 2021) and v7.0",
        "World Bank, World Development Indicators, GDP (current US$), NY.GDP.MKTP.CD (CC BY 4.0)",
        "Ray and Singer (1973), Measuring the Concentration of Power in the International System, Sociological Methods and Research 1(4): 403–437",
        MajorPowers.Citation,
    ];

    /// <summary>The years from <paramref name="from"/> to <paramref name="to"/> (null: the data's first/last) with any figure, each with its measures.</summary>
    public static ImmutableArray<PowerYear> Series(PowerData data, int? from = null, int? to = null, CountryReference? reference = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (from > to)
        {
            throw new ArgumentException($"from ({from}) is after to ({to}).", nameof(from));
        }

        var cinc = data.Capabilities.GroupBy(c => c.Year).ToDictionary(g => g.Key, g => g.ToArray());
        var gdp = data.Gdp.GroupBy(g => g.Year).ToDictionary(g => g.Key, g => g.ToArray());
        var years = cinc.Keys.Concat(gdp.Keys).Distinct().Where(y => (from is not int f || y >= f) && (to is not int t || y <= t)).Order();
        var result = ImmutableArray.CreateBuilder<PowerYear>();
        foreach (var year in years)
        {
            result.Add(Year(year, cinc.GetValueOrDefault(year, []), gdp.GetValueOrDefault(year, []), reference));
        }

        return result.ToImmutable();
    }

    /// <summary>The ratios of <paramref name="a"/>'s figures to <paramref name="b"/>'s per year (e.g. China/Russia).</summary>
    public static ImmutableArray<PowerRatio> Ratios(PowerData data, Country a, Country b, int? from = null, int? to = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var cinc = data.Capabilities.Where(c => c.State == a || c.State == b).ToLookup(c => c.Year);
        var gdp = data.Gdp.Where(g => g.State == a || g.State == b).ToLookup(g => g.Year);
        var years = cinc.Select(g => g.Key).Concat(gdp.Select(g => g.Key)).Distinct()
            .Where(y => (from is not int f || y >= f) && (to is not int t || y <= t)).Order();
        var result = ImmutableArray.CreateBuilder<PowerRatio>();
        foreach (var y in years)
        {
            double ca = Value(cinc[y], a), cb = Value(cinc[y], b);
            double ga = gdp[y].Where(g => g.State == a).Select(g => g.GdpUsd).DefaultIfEmpty(double.NaN).First();
            double gb = gdp[y].Where(g => g.State == b).Select(g => g.GdpUsd).DefaultIfEmpty(double.NaN).First();
            NmcVersion? version = cinc[y].Any() ? cinc[y].First().Version : null;
            result.Add(new PowerRatio(y, ca, cb, Ratio(ca, cb), ga, gb, Ratio(ga, gb), version));
        }

        return result.ToImmutable();

        static double Value(IEnumerable<Capability> year, Country s) => year.Where(c => c.State == s).Select(c => c.Cinc).DefaultIfEmpty(double.NaN).First();
    }

    /// <summary>Every state's CINC and GDP share in <paramref name="year"/>, largest CINC first (states with GDP only after, by GDP).</summary>
    public static ImmutableArray<StateShare> Shares(PowerData data, int year)
    {
        ArgumentNullException.ThrowIfNull(data);
        var cinc = data.Capabilities.Where(c => c.Year == year).ToDictionary(c => c.State, c => c.Cinc);
        var gdp = data.Gdp.Where(g => g.Year == year && double.IsFinite(g.GdpUsd)).ToDictionary(g => g.State, g => g.GdpUsd);
        var total = gdp.Values.Sum();
        return [.. cinc.Keys.Union(gdp.Keys)
            .Select(s => new StateShare(s, year, cinc.GetValueOrDefault(s, double.NaN), gdp.TryGetValue(s, out var g) && total > 0 ? g / total : double.NaN, gdp.Count))
            .OrderByDescending(s => double.IsNaN(s.Cinc) ? -1 : s.Cinc).ThenByDescending(s => double.IsNaN(s.GdpShare) ? -1 : s.GdpShare).ThenBy(s => s.State.Iso3, StringComparer.Ordinal)];
    }

    /// <summary>Ray and Singer's (1973) concentration index of shares (they need not sum to 1: they are normalised); NaN for fewer than two or any NaN.</summary>
    public static double Concentration(ReadOnlySpan<double> values)
    {
        var n = values.Length;
        var sumSquares = SumOfSquaredShares(values);
        if (n < 2 || double.IsNaN(sumSquares))
        {
            return double.NaN;
        }

        // Rounding can take Σ S² a hair below 1/N for equal shares.
        return Math.Sqrt(Math.Max(0, (sumSquares - (1.0 / n)) / (1 - (1.0 / n))));
    }

    /// <summary>The effective number 1/Σ S² of the values' shares; NaN for none or any NaN.</summary>
    public static double EffectiveNumber(ReadOnlySpan<double> values)
    {
        var sumSquares = SumOfSquaredShares(values);
        return double.IsNaN(sumSquares) ? double.NaN : 1 / sumSquares;
    }

    private static double SumOfSquaredShares(ReadOnlySpan<double> values)
    {
        double total = 0;
        foreach (var v in values)
        {
            if (double.IsNaN(v) || v < 0)
            {
                return double.NaN;
            }

            total += v;
        }

        if (values.Length == 0 || total <= 0)
        {
            return double.NaN;
        }

        double sum = 0;
        foreach (var v in values)
        {
            sum += v / total * (v / total);
        }

        return sum;
    }

    private static PowerYear Year(int year, Capability[] cinc, EconomicSize[] gdp, CountryReference? reference)
    {
        var majors = MajorPowers.In(year, reference);
        var cincOf = cinc.Where(c => !double.IsNaN(c.Cinc)).ToDictionary(c => c.State, c => c.Cinc);
        var gdpOf = gdp.Where(g => double.IsFinite(g.GdpUsd)).ToDictionary(g => g.State, g => g.GdpUsd);
        var gdpTotal = gdpOf.Values.Sum();
        var majorCinc = majors.Select(m => cincOf.GetValueOrDefault(m, double.NaN)).ToArray();
        var majorGdp = majors.Select(m => gdpOf.GetValueOrDefault(m, double.NaN)).ToArray();
        var cincSum = majorCinc.Sum();
        var shares = majors.Select((m, i) => new MajorPowerShare(
            m,
            majorCinc[i],
            majorCinc[i] / cincSum,
            majorGdp[i],
            gdpTotal > 0 ? majorGdp[i] / gdpTotal : double.NaN)).ToImmutableArray();
        return new PowerYear(
            year,
            shares,
            Concentration(majorCinc),
            EffectiveNumber(majorCinc),
            Concentration(majorGdp),
            EffectiveNumber(majorGdp),
            cincOf.Count,
            gdpOf.Count,
            cinc.Length > 0 ? cinc[0].Version : null);
    }

    private static double Ratio(double a, double b) => double.IsNaN(a) || double.IsNaN(b) || b == 0 ? double.NaN : a / b;
}
