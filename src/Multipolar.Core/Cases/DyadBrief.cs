using System.Collections.Immutable;
using Multipolar.Alignment;
using Multipolar.Charts;
using Multipolar.Countries;
using Multipolar.Votes;

namespace Multipolar.Cases;

/// <summary>
/// A brief on one dyad: headline numbers, the series, the issue-area breakdown, the roll calls behind the
/// largest change between two years, what changes under other measurement choices, sources. The
/// <c>multipolar brief A B</c> command renders it as one self-contained HTML file or as Markdown.
/// </summary>
public static class DyadBrief
{
    /// <summary>Builds the brief of <paramref name="dyad"/> from <paramref name="from"/> (null: the first year both voted) to the latest year.</summary>
    /// <exception cref="ArgumentException">A state has no votes in the store.</exception>
    public static CaseReport Build(CaseInputs inputs, Dyad dyad, int? from = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var s in (Country[])[dyad.A, dyad.B])
        {
            if (inputs.Votes.IndexOf(s) < 0)
            {
                throw new ArgumentException($"{s.Name} ({s.Iso3}) has no votes in the store.");
            }
        }

        var first = from ?? inputs.Votes.RollCalls.Select(r => r.Year).DefaultIfEmpty(1946).Min();
        var slices = Slice.Standard.Where(s => s != Slice.Important).ToArray();
        var result = CaseMath.Align(inputs, [dyad], MeasureRegistry.Measures, slices, first);
        var agree = CaseMath.Points(result, dyad, Measure.Agreement, Slice.All);
        var findings = new List<string>();
        var name = $"{dyad.A.Name}–{dyad.B.Name}";
        if (FindingText.Change(agree) is { } change)
        {
            findings.Add($"{name} agreement on all roll calls {change} ({FindingText.Extremes(agree)}).");
        }
        else
        {
            findings.Add($"{name}: fewer than two years with joint votes from {first}; no trend can be stated.");
        }

        var kappa = CaseMath.Points(result, dyad, Measure.Kappa, Slice.All);
        if (FindingText.Change(kappa) is { } k)
        {
            findings.Add($"Cohen's κ (agreement beyond what the two states' vote shares give by chance) {k}.");
        }

        findings.Add(RussiaChinaCase.Count("issue areas (agreement)", slices.Skip(1).Select(s => (s.Key, FindingText.Direction(CaseMath.Points(result, dyad, Measure.Agreement, s))))));
        var drivers = Drivers(inputs.Votes, dyad, agree);
        if (drivers.Change is { } c)
        {
            findings.Add(c);
        }

        var flags = CaseMath.SensitivityFlags(inputs, dyad, Measure.Agreement, Slice.All, first).ToList();
        var limits = CaseMath.DataLimits(inputs, result, dyad, first).ToList();
        limits.Add("Roll calls record stated positions on the texts put to a vote; consensus adoptions (most resolutions) are not in them.");
        var issueTable = new CaseTable("issue-areas", ["iso3_a", "iso3_b", "slice", "first_year", "first_value", "last_year", "last_value", "n_last"],
            [.. slices.Select(s =>
            {
                var p = CaseMath.Points(result, dyad, Measure.Agreement, s);
                var n = result.Series(dyad, Measure.Agreement, s).Where(x => x.Value.N > 0).Select(x => x.Value.N).DefaultIfEmpty().Last();
                return p.Length == 0
                    ? ImmutableArray.Create(dyad.A.Iso3, dyad.B.Iso3, s.Key, "", "", "", "", "0")
                    : ImmutableArray.Create(dyad.A.Iso3, dyad.B.Iso3, s.Key, CaseMath.Cell(p[0].Year), CaseMath.Cell(p[0].Value), CaseMath.Cell(p[^1].Year), CaseMath.Cell(p[^1].Value), CaseMath.Cell(n));
            })]);
        return new CaseReport(
            $"brief-{dyad.A.Iso3.ToLowerInvariant()}-{dyad.B.Iso3.ToLowerInvariant()}",
            $"{name}: alignment in the UN General Assembly, {first}–{inputs.LastYear}",
            $"How aligned are {dyad.A.Name} and {dyad.B.Name} in the General Assembly's roll calls, and how has it changed since {first}?",
            "Per calendar year, default choices (abstention ½, absolute distance, all votes): the six measures of the registry on all roll calls, agreement per issue area; the roll calls of the year with the largest change; the agreement series under each other measurement choice.",
            [
                new("agreement", FigureViews.Dyad(dyad, MeasureRegistry.Get(Measure.Agreement), Slice.All, [.. result.Series(dyad, Measure.Agreement, Slice.All)], default, inputs.VoteCitations)),
                new("issues", new Figure($"{name}: agreement by issue area", "Year", "Agreement", [.. slices.Skip(1).Select(s => CaseMath.Line(s.Key, CaseMath.Points(result, dyad, Measure.Agreement, s)))],
                    [MeasureRegistry.Get(Measure.Agreement).Citation, .. inputs.VoteCitations], "issue codes of the sources", 0, 1)),
            ],
            [CaseMath.Table("alignment", result), issueTable, drivers.Table],
            [.. findings],
            [.. flags],
            [.. limits],
            [.. MeasureRegistry.All.Select(m => m.Citation).Distinct(), .. inputs.VoteCitations]);
    }

    /// <summary>The year-on-year change of agreement largest in size, and the roll calls of the later year on which the two voted apart (yes against no) or together.</summary>
    private static (string? Change, CaseTable Table) Drivers(VoteMatrix votes, Dyad dyad, (int Year, double Value)[] agree)
    {
        var columns = ImmutableArray.Create("year", "rollcall_id", "resolution", "title", "vote_a", "vote_b", "iso3_a", "iso3_b");
        if (agree.Length < 2)
        {
            return (null, new CaseTable("drivers", columns, []));
        }

        var best = Enumerable.Range(1, agree.Length - 1).MaxBy(i => Math.Abs(agree[i].Value - agree[i - 1].Value));
        var (y0, v0) = agree[best - 1];
        var (y1, v1) = agree[best];
        var rose = v1 > v0;
        int ra = votes.IndexOf(dyad.A), rb = votes.IndexOf(dyad.B);
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        for (var c = 0; c < votes.RollCalls.Length && rows.Count < 12; c++)
        {
            var rc = votes.RollCalls[c];
            Vote a = votes[ra, c], b = votes[rb, c];
            if (rc.Year != y1 || a is not (Vote.Yes or Vote.No or Vote.Abstain) || b is not (Vote.Yes or Vote.No or Vote.Abstain))
            {
                continue;
            }

            var apart = (a == Vote.Yes && b == Vote.No) || (a == Vote.No && b == Vote.Yes);
            if (apart != rose)
            {
                rows.Add([CaseMath.Cell(y1), rc.Id.ToString(), rc.Resolution ?? "", rc.Title ?? rc.Description ?? "", a.ToString().ToLowerInvariant(), b.ToString().ToLowerInvariant(), dyad.A.Iso3, dyad.B.Iso3]);
            }
        }

        var kind = rose ? "the roll calls of that year on which they did not vote yes against no" : "the roll calls of that year on which they voted yes against no";
        return ($"The largest change between consecutive years with votes is {y0}→{y1}, from {FindingText.Number(v0)} to {FindingText.Number(v1)}; the brief lists {kind} (up to 12).",
            new CaseTable("drivers", columns, rows.ToImmutable()));
    }
}
