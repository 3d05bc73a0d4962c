using Multipolar.Countries;
using Multipolar.Power;

namespace Multipolar.Tests.Power;

/// <summary>The power measures on hand-computed cases.</summary>
public sealed class PowerAnalysisTests
{
    private static readonly CountryReference Ref = CountryReference.Default;

    [Fact]
    public void Equal_shares_have_zero_concentration_and_n_effective_powers()
    {
        Assert.Equal(0, PowerAnalysis.Concentration([0.1, 0.1, 0.1, 0.1]), 12);
        Assert.Equal(4, PowerAnalysis.EffectiveNumber([0.1, 0.1, 0.1, 0.1]), 12);
    }

    [Fact]
    public void One_power_holding_all_has_concentration_one_and_one_effective_power()
    {
        Assert.Equal(1, PowerAnalysis.Concentration([0.3, 0, 0]), 12);
        Assert.Equal(1, PowerAnalysis.EffectiveNumber([0.3, 0, 0]), 12);
    }

    [Fact]
    public void Concentration_of_two_to_one_by_hand()
    {
        // Shares 2/3 and 1/3: Σ S² = 5/9; CON = √((5/9 − 1/2) / (1/2)) = √(1/9) = 1/3; 1/Σ S² = 9/5.
        Assert.Equal(1.0 / 3, PowerAnalysis.Concentration([0.2, 0.1]), 12);
        Assert.Equal(1.8, PowerAnalysis.EffectiveNumber([0.2, 0.1]), 12);
    }

    [Fact]
    public void A_missing_value_leaves_the_measures_undefined()
    {
        Assert.True(double.IsNaN(PowerAnalysis.Concentration([0.2, double.NaN])));
        Assert.True(double.IsNaN(PowerAnalysis.EffectiveNumber([])));
        Assert.True(double.IsNaN(PowerAnalysis.Concentration([0.2])));
    }

    [Fact]
    public void Concentration_and_effective_number_agree_by_their_identity()
    {
        // 1/Σ S² = N / (1 + CON² (N − 1)) for any shares.
        double[] v = [0.28444302, 0.061348703, 0.035, 0.18059845, 0.11849532];
        var con = PowerAnalysis.Concentration(v);
        Assert.Equal(5 / (1 + (con * con * 4)), PowerAnalysis.EffectiveNumber(v), 10);
    }

    [Fact]
    public void Major_powers_follow_the_cow_list()
    {
        Assert.Equal(["USA", "GBR", "FRA", "RUS"], MajorPowers.In(1946).Select(c => c.Iso3));
        Assert.Equal(["USA", "GBR", "FRA", "RUS", "CHN"], MajorPowers.In(1950).Select(c => c.Iso3));
        Assert.Equal(["USA", "GBR", "FRA", "DEU", "RUS", "CHN", "JPN"], MajorPowers.In(1991).Select(c => c.Iso3));
        Assert.Equal(MajorPowers.In(2016).Select(c => c.Iso3), MajorPowers.In(2026).Select(c => c.Iso3));
        Assert.Equal([300], MajorPowers.Unresolved(1900).AsEnumerable());
    }

    [Fact]
    public void A_year_with_one_major_powers_gdp_missing_has_no_gdp_concentration()
    {
        var usa = Ref["USA"];
        var rus = Ref["RUS"];
        var data = new PowerData(
            [new(usa, 1950, 0.3, NmcVersion.V7), new(rus, 1950, 0.2, NmcVersion.V7)],
            [new(usa, 1950, 300), new(Ref["IND"], 1950, 100)],
            "test");
        var y = Assert.Single(PowerAnalysis.Series(data));
        Assert.True(double.IsNaN(y.GdpConcentration));
        Assert.Equal(0.75, y.Majors.Single(m => m.State == usa).GdpShare, 12); // of the states with a figure
        Assert.Equal(NmcVersion.V7, y.Version);
        var ratio = Assert.Single(PowerAnalysis.Ratios(data, usa, rus));
        Assert.Equal(1.5, ratio.CincRatio, 12);
        Assert.True(double.IsNaN(ratio.GdpRatio));
    }
}
