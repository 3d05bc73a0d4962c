using Multipolar.Data.Store;
using Multipolar.IdealPoints;
using Multipolar.Poles;
using Multipolar.Tests.Store;
using Xunit.Abstractions;
using static Multipolar.Tests.Poles.PoleFixtures;

namespace Multipolar.Tests.Poles;

/// <summary>The monotonicity case on the real 2023 record: Syria, beyond China on the scale, against Viet Nam.</summary>
[Collection("All sources")]
public sealed class NetAlignment2023Tests(AllSourcesStoreFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Syria_BeyondChina_IsAtLeastAsChinaLeaningAsVietNam_OnTheIdealPointDefinition()
    {
        // Given the static ideal points of 2023 (every shared source) and the poles China and the United States
        using var store = fixture.Open();
        var votes = store.LoadMatrix(new MatrixQuery { FromYear = 2023, ToYear = 2023, WithText = false });
        var fit = IdealPointEstimator.EstimateStatic(votes, 2023);
        var poles = PoleSet.Parse("CHN,USA");
        double X(string iso3) => fit.TryGet(C[iso3], 2023, out var p) ? p.Estimate : throw new InvalidOperationException($"{iso3}: no 2023 estimate");
        double chn = X("CHN"), usa = X("USA"), syr = X("SYR"), vnm = X("VNM");

        // When
        var netSyria = PoleDistances.Net(fit, C["SYR"], poles.Poles[0], poles.Poles[1], 2023);
        var netVietNam = PoleDistances.Net(fit, C["VNM"], poles.Poles[0], poles.Poles[1], 2023);
        var conventionalSyria = NetAlignment.Conventional(syr, chn, usa);
        var conventionalVietNam = NetAlignment.Conventional(vnm, chn, usa);
        output.WriteLine($"2023 ideal points: USA {usa:+0.000;-0.000} CHN {chn:+0.000;-0.000} VNM {vnm:+0.000;-0.000} SYR {syr:+0.000;-0.000}");
        output.WriteLine($"net CHN v USA: segment definition SYR {netSyria:+0.000;-0.000} VNM {netVietNam:+0.000;-0.000}; (d2 - d1)/(d2 + d1) SYR {conventionalSyria:+0.000;-0.000} VNM {conventionalVietNam:+0.000;-0.000}");

        // Then: Syria lies beyond China (farther from the US than China is), and the product's definition ranks it at
        // least as China-leaning as Viet Nam, entirely with China (+1); the usual ratio ranks it below Viet Nam.
        Assert.True(Math.Sign(syr - chn) == Math.Sign(chn - usa), "Syria is beyond China on the 2023 scale");
        Assert.True(netSyria >= netVietNam, $"net(SYR) {netSyria} < net(VNM) {netVietNam}");
        Assert.Equal(1.0, netSyria, 12);
        Assert.True(conventionalSyria < conventionalVietNam, "the usual form is not monotone here (the issue's case)");
    }
}
