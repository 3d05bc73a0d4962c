using System.Collections.Immutable;
using Multipolar.Alignment;
using Multipolar.Charts;
using Multipolar.Countries;
using Multipolar.Votes;

namespace Multipolar.Cases;

/// <summary>Case 4 (Central Asia between Russia and China) and case 6 (middle powers and the rules-based order).</summary>
internal static class RegionCases
{
    private static readonly string[] Central = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];
    private static readonly string[] Middle = ["CAN", "AUS", "JPN", "KOR"];
    private static readonly string[] Poles = ["USA", "RUS", "CHN"];

    public static CaseReport CentralAsia(CaseInputs inputs)
    {
        var r = CountryReference.Default;
        Country rus = r["RUS"], chn = r["CHN"];
        var from = 1992;
        var states = Central.Select(s => r[s]).Where(s => inputs.Votes.IndexOf(s) >= 0).ToArray();
        var others = inputs.Votes.States.Where(s => s != rus && s != chn).ToArray();
        var dyads = others.SelectMany(s => new[] { new Dyad(rus, s), new Dyad(chn, s) }).Append(new Dyad(rus, chn)).ToArray();
        var result = CaseMath.Align(inputs, dyads, [Measure.Agreement], [Slice.All], from);
        var findings = new List<string>();
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        var series = new List<FigureSeries>();
        foreach (var s in states)
        {
            var raw = new List<(int Year, double Value)>();
            var norm = new List<(int Year, double Value)>();
            foreach (var year in result.Periods)
            {
                var ar = result[Measure.Agreement, Slice.All, year, new Dyad(rus, s)];
                var ac = result[Measure.Agreement, Slice.All, year, new Dyad(chn, s)];
                if (ar.N < CaseMath.MinimumN || ac.N < CaseMath.MinimumN)
                {
                    continue;
                }

                // Normalised: each pole's agreement with the state minus its mean agreement with every state that year.
                var meanR = Mean(result, rus, others, year);
                var meanC = Mean(result, chn, others, year);
                raw.Add((year, ar.Value - ac.Value));
                norm.Add((year, (ar.Value - meanR) - (ac.Value - meanC)));
                rows.Add([s.Iso3, CaseMath.Cell(year), CaseMath.Cell(ar.Value), CaseMath.Cell(ac.Value), CaseMath.Cell(ar.Value - ac.Value),
                    CaseMath.Cell(norm[^1].Value), CaseMath.Cell(Math.Min(ar.N, ac.N)), result.Options.ToString()]);
            }

            series.Add(CaseMath.Line($"{s.Iso3} raw", raw));
            series.Add(CaseMath.Line($"{s.Iso3} normalised", norm, dashed: true));
            findings.Add($"{s.Name}: agreement with Russia minus agreement with China {FindingText.Change(raw) ?? "has too few values"}; normalised {FindingText.Change(norm) ?? "has too few values"}; {Crossings(raw, "raw")}; {Crossings(norm, "normalised")}.");
        }

        var flags = new List<string>
        {
            "Raw relative alignment favours whichever pole agrees with more states overall; the normalised series removes each pole's mean agreement with all states that year. Where the two disagree in sign, the finding depends on that choice.",
        };
        flags.AddRange(CaseMath.SensitivityFlags(inputs, new Dyad(rus, chn), Measure.Agreement, Slice.All, from));
        var limits = CaseMath.DataLimits(inputs, result, new Dyad(rus, chn), from).ToList();
        limits.Add("Russia and China agree with each other on most roll calls (case russia-china): the difference between a state's agreement with each is small, and a few roll calls move it.");
        return new CaseReport(
            "central-asia",
            "Central Asia between Russia and China",
            "Central Asia between Russia and China: the five states' relative alignment (raw and normalised), and when each crossed over.",
            $"Per year from {from}: agreement (default choices) of each of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan with Russia minus with China (raw); normalised: each pole's agreement minus its mean agreement with every state that year. A crossing is a year whose sign differs from the year before.",
            [new("relative-alignment", new Figure("Central Asia: agreement with Russia minus agreement with China", "Year", "Relative alignment (+ Russia, − China)",
                [.. series], [MeasureRegistry.Get(Measure.Agreement).Citation, .. inputs.VoteCitations], "solid raw, dashed normalised by each pole's mean agreement"))],
            [new CaseTable("relative-alignment", ["iso3", "year", "agree_rus", "agree_chn", "relative_raw", "relative_normalised", "n", "options"], rows.ToImmutable())],
            [.. findings],
            [.. flags],
            [.. limits],
            [MeasureRegistry.Get(Measure.Agreement).Citation, .. inputs.VoteCitations]);
    }

    public static CaseReport MiddlePowers(CaseInputs inputs)
    {
        var r = CountryReference.Default;
        var from = 1992;
        var middle = Middle.Select(s => r[s]).ToArray();
        var poles = Poles.Select(s => r[s]).ToArray();
        var dyads = middle.SelectMany(m => poles.Select(p => new Dyad(m, p))).Where(d => inputs.Votes.IndexOf(d.A) >= 0 && inputs.Votes.IndexOf(d.B) >= 0).ToArray();
        var result = CaseMath.Align(inputs, dyads, [Measure.Agreement], [Slice.All], from);
        var findings = new List<string>();
        foreach (var m in middle)
        {
            var parts = poles.Where(p => dyads.Contains(new Dyad(m, p)))
                .Select(p => $"with {p.Iso3} {FindingText.Change(CaseMath.Points(result, new Dyad(m, p), Measure.Agreement, Slice.All)) ?? "too few values"}");
            findings.Add($"{m.Name}: agreement {string.Join("; ", parts)}.");
        }

        var carried = UsSideCarries(inputs.Votes, r["USA"], from);
        if (FindingText.Change(carried.Select(c => (c.Year, c.Share))) is { } ch)
        {
            findings.Add($"On contested roll calls (the losing side has at least 10% of the yes and no votes) the side the United States voted with won a share that {ch}, over {carried.Sum(c => c.N)} contested roll calls.");
        }

        var flags = new List<string>(CaseMath.SensitivityFlags(inputs, new Dyad(r["JPN"], r["USA"]), Measure.Agreement, Slice.All, from))
        {
            "'Carrying the Assembly' counts yes against no; abstentions count for neither side, and a threshold other than 10% for 'contested' changes N and the shares.",
        };
        var limits = CaseMath.DataLimits(inputs, result, new Dyad(r["CAN"], r["USA"]), from).ToList();
        limits.Add("The 'rules-based order' is not coded in the roll calls: agreement with the US is a proxy, and the issue areas of the sources are not a coding of it.");
        var agreementSeries = dyads.Select(d => CaseMath.Line($"{d.A.Iso3}–{d.B.Iso3}", CaseMath.Points(result, d, Measure.Agreement, Slice.All), dashed: d.B.Iso3 != "USA")).ToArray();
        return new CaseReport(
            "middle-powers",
            "Middle powers and the rules-based order",
            "Middle powers and the rules-based order: Canada, Australia, Japan and South Korea's distance from the US, Russia and China, and how often the US side carries the Assembly on contested votes.",
            $"Per year from {from}: agreement (default choices) of CAN, AUS, JPN, KOR with USA, RUS, CHN; the share of contested roll calls (US voted yes or no; the losing side at least 10% of yes+no) won by the US side.",
            [
                new("agreement", new Figure("Middle powers: agreement with the US (solid), Russia and China (dashed)", "Year", "Agreement", [.. agreementSeries],
                    [MeasureRegistry.Get(Measure.Agreement).Citation, .. inputs.VoteCitations], null, 0, 1)),
                new("us-side", new Figure("How often the US side carries contested roll calls", "Year", "Share won by the side the US voted with",
                    [CaseMath.Line("share of contested roll calls", carried.Select(c => (c.Year, c.Share)))], [.. inputs.VoteCitations],
                    $"N {carried.Select(c => c.N).DefaultIfEmpty().Min()}–{carried.Select(c => c.N).DefaultIfEmpty().Max()} contested roll calls per year", 0, 1)),
            ],
            [
                CaseMath.Table("agreement", result),
                new CaseTable("us-side", ["year", "iso3", "contested_rollcalls", "won", "share_won"],
                    [.. carried.Select(c => ImmutableArray.Create(CaseMath.Cell(c.Year), "USA", CaseMath.Cell(c.N), CaseMath.Cell(c.Won), CaseMath.Cell(c.Share)))]),
            ],
            [.. findings],
            [.. flags],
            [.. limits],
            [MeasureRegistry.Get(Measure.Agreement).Citation, .. inputs.VoteCitations]);
    }

    /// <summary>Per year: contested roll calls on which <paramref name="state"/> voted yes or no, and how many its side won (more yes than no, or the reverse).</summary>
    internal static (int Year, int N, int Won, double Share)[] UsSideCarries(VoteMatrix votes, Country state, int from)
    {
        var row = votes.IndexOf(state);
        if (row < 0)
        {
            return [];
        }

        var byYear = new SortedDictionary<int, (int N, int Won)>();
        for (var c = 0; c < votes.RollCalls.Length; c++)
        {
            var year = votes.RollCalls[c].Year;
            var own = votes[row, c];
            if (year < from || own is not (Vote.Yes or Vote.No))
            {
                continue;
            }

            int yes = 0, no = 0;
            for (var s = 0; s < votes.States.Length; s++)
            {
                var v = votes[s, c];
                yes += v == Vote.Yes ? 1 : 0;
                no += v == Vote.No ? 1 : 0;
            }

            if (Math.Min(yes, no) < 0.1 * (yes + no) || yes == no)
            {
                continue;
            }

            var won = (own == Vote.Yes) == (yes > no);
            var (n, w) = byYear.GetValueOrDefault(year);
            byYear[year] = (n + 1, w + (won ? 1 : 0));
        }

        // A year with fewer than ten contested roll calls gives no share (too few to say).
        return [.. byYear.Where(kv => kv.Value.N >= CaseMath.MinimumN).Select(kv => (kv.Key, kv.Value.N, kv.Value.Won, (double)kv.Value.Won / kv.Value.N))];
    }

    private static string Crossings(List<(int Year, double Value)> series, string what)
    {
        var years = new List<int>();
        for (var i = 1; i < series.Count; i++)
        {
            if (Math.Sign(series[i].Value) != Math.Sign(series[i - 1].Value) && series[i].Value != 0)
            {
                years.Add(series[i].Year);
            }
        }

        return years.Count == 0
            ? $"{what} never changed sign ({(series.Count == 0 ? "no values" : series[0].Value >= 0 ? "closer to Russia throughout" : "closer to China throughout")})"
            : $"{what} changed sign in {string.Join(", ", years)}";
    }

    private static double Mean(AlignmentResult result, Country pole, Country[] others, int year)
    {
        double sum = 0;
        var n = 0;
        foreach (var s in others)
        {
            var v = result[Measure.Agreement, Slice.All, year, new Dyad(pole, s)];
            if (v.N > 0 && double.IsFinite(v.Value))
            {
                sum += v.Value;
                n++;
            }
        }

        return n == 0 ? double.NaN : sum / n;
    }
}
