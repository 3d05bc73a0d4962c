using System.Collections.Immutable;
using Multipolar.Alignment;
using Multipolar.Charts;
using Multipolar.Countries;
using Multipolar.IdealPoints;
using Multipolar.Votes;

namespace Multipolar.Cases;

/// <summary>
/// Case 1, Russia–China alignment: is it deepening since 1992, on every measure and issue area, and in ideal
/// points? Who converged on whom? Measures: the six of the measure registry on all roll calls, agreement per
/// issue area, static ideal points per year relative to the United States.
/// </summary>
internal static class RussiaChinaCase
{
    public const int From = 1992;

    public static CaseReport Run(CaseInputs inputs)
    {
        var r = CountryReference.Default;
        var dyad = new Dyad(r["RUS"], r["CHN"]);
        var slices = Slice.Standard.Where(s => s != Slice.Important).ToArray();
        var result = CaseMath.Align(inputs, [dyad], MeasureRegistry.Measures, slices, From);
        var findings = new List<string>();
        var agree = CaseMath.Points(result, dyad, Measure.Agreement, Slice.All);
        if (FindingText.Change(agree) is { } change)
        {
            findings.Add($"Russia–China agreement on all roll calls {change} ({FindingText.Extremes(agree)}).");
        }

        var byMeasure = MeasureRegistry.All.Select(m => (m, Dir: FindingText.Direction(CaseMath.Points(result, dyad, m.Measure, Slice.All)))).ToArray();
        findings.Add(Count("measures", byMeasure.Select(x => (x.m.Key, x.Dir))));
        var byIssue = slices.Skip(1).Select(s => (s.Key, Dir: FindingText.Direction(CaseMath.Points(result, dyad, Measure.Agreement, s)))).ToArray();
        findings.Add(Count("issue areas (agreement)", byIssue));

        var fits = CaseMath.StaticFits(inputs, From);
        var usa = r["USA"];
        var rus = CaseMath.RelativeTo(fits, dyad.A, usa);
        var chn = CaseMath.RelativeTo(fits, dyad.B, usa);
        var gap = rus.Zip(chn, (a, b) => (a.Year, Math.Abs(a.Value - b.Value))).ToArray();
        if (FindingText.Change(gap) is { } gapChange)
        {
            findings.Add($"The distance between Russia's and China's ideal points (static fit of each year) {gapChange}.");
        }

        if (Attribution(rus, chn) is { } who)
        {
            findings.Add(who);
        }

        var flags = new List<string>(CaseMath.SensitivityFlags(inputs, dyad, Measure.Agreement, Slice.All, From));
        foreach (var (key, dir) in byMeasure.Select(x => (x.m.Key, x.Dir)).Where(x => x.Dir != byMeasure[0].Dir))
        {
            flags.Add($"Measured by {key} the series {(dir is 1 ? "rose" : dir is -1 ? "fell" : "did not change")}, unlike agreement: the finding depends on the measure.");
        }

        flags.Add("Ideal points are static fits of each year: the scale is set per year, so the distances compare positions within a year, not the same ruler across years (the dynamic model, 'multipolar distance RUS CHN', is the one for that).");
        var limits = CaseMath.DataLimits(inputs, result, dyad, From).ToList();
        limits.Add("Votes show stated positions in the Assembly, not coordination, intentions or what either state does elsewhere.");

        ImmutableArray<CaseFigure> figures =
        [
            new("agreement", FigureViews.Dyad(dyad, MeasureRegistry.Get(Measure.Agreement), Slice.All, [.. result.Series(dyad, Measure.Agreement, Slice.All)], default, inputs.VoteCitations)),
            new("issues", new Figure("Russia–China agreement by issue area", "Year", "Agreement", [.. slices.Skip(1).Select(s => CaseMath.Line(s.Key, CaseMath.Points(result, dyad, Measure.Agreement, s)))],
                [MeasureRegistry.Get(Measure.Agreement).Citation, .. inputs.VoteCitations], "issue codes of the sources (me, nu, di, hr, co, ec)", 0, 1)),
            new("ideal-points", new Figure("Russia and China relative to the United States (ideal points)", "Year", "Ideal point minus the US's (static fit per year)",
                [CaseMath.Line("Russia − United States", rus), CaseMath.Line("China − United States", chn, dashed: true)],
                ["Bailey, Strezhnev and Voeten (2017), JCR 61(2)", .. inputs.VoteCitations], "one dimension; US positive; each year's fit has its own scale")),
        ];
        var idealTable = new CaseTable("ideal-points", ["year", "iso3", "relative_to", "ideal_point_difference", "model"],
            [.. rus.Select(p => ImmutableArray.Create(CaseMath.Cell(p.Year), "RUS", "USA", CaseMath.Cell(p.Value), "static per year")),
             .. chn.Select(p => ImmutableArray.Create(CaseMath.Cell(p.Year), "CHN", "USA", CaseMath.Cell(p.Value), "static per year"))]);
        return new CaseReport(
            "russia-china",
            "Russia–China alignment since 1992",
            "Is Russia–China alignment deepening since 1992, on every measure and issue area, and in ideal points? Who converged on whom?",
            $"The dyad RUS–CHN per calendar year {From}–{inputs.LastYear}: the six alignment measures (agree, identity, coincidence, S, κ, π) on all roll calls with the default choices (abstention ½, absolute distance, all votes); agreement per issue area; static one-dimensional ideal points per year (ordered probit, US positive), Russia's and China's positions taken relative to the United States' in the same year. Sensitivity: the agreement series under each other choice (strict, votes-only, squared, final passage).",
            figures,
            [CaseMath.Table("alignment", result), idealTable],
            [.. findings],
            [.. flags],
            [.. limits],
            [.. MeasureRegistry.All.Select(m => m.Citation).Distinct(), "Bailey, Strezhnev and Voeten (2017), Estimating Dynamic State Preferences from United Nations Voting Data, JCR 61(2): 430–456", .. inputs.VoteCitations]);
    }

    /// <summary>"rose on 5 of 6 measures (…); fell on …".</summary>
    internal static string Count(string what, IEnumerable<(string Key, int? Dir)> items)
    {
        var list = items.ToArray();
        string Keys(int? d) => string.Join(", ", list.Where(x => x.Dir == d).Select(x => x.Key));
        var parts = new List<string>();
        foreach (var (d, verb) in new (int?, string)[] { (1, "rose"), (-1, "fell"), (0, "did not change"), (null, "had too few values") })
        {
            var n = list.Count(x => x.Dir == d);
            if (n > 0)
            {
                parts.Add($"{verb} on {n} of {list.Length} {what} ({Keys(d)})");
            }
        }

        return $"From the first to the last year it {string.Join("; ", parts)}.";
    }

    /// <summary>
    /// Who moved toward whom: each state's change, from the mean of the first three years to the mean of the
    /// last three, of its position relative to the US, signed toward the other state's starting side.
    /// </summary>
    internal static string? Attribution((int Year, double Value)[] a, (int Year, double Value)[] b)
    {
        double Mean(IEnumerable<(int, double Value)> p) => p.Select(x => x.Value).Where(double.IsFinite).DefaultIfEmpty(double.NaN).Average();
        var pa = a.Where(x => double.IsFinite(x.Value)).ToArray();
        var pb = b.Where(x => double.IsFinite(x.Value)).ToArray();
        if (pa.Length < 6 || pb.Length < 6)
        {
            return null;
        }

        double a0 = Mean(pa.Take(3)), a1 = Mean(pa.TakeLast(3)), b0 = Mean(pb.Take(3)), b1 = Mean(pb.TakeLast(3));
        var towardB = (a1 - a0) * Math.Sign(b0 - a0);
        var towardA = (b1 - b0) * Math.Sign(a0 - b0);
        string Moved(string who, string other, double m) => m >= 0 ? $"{who} moved {FindingText.Number(m)} toward {other}" : $"{who} moved {FindingText.Number(-m)} away from {other}";
        return $"Relative to the United States (means of the first and last three years, {pa[0].Year}–{pa[2].Year} and {pa[^3].Year}–{pa[^1].Year}): {Moved("Russia", "China", towardB)}, {Moved("China", "Russia", towardA)} on the ideal-point scale.";
    }
}
