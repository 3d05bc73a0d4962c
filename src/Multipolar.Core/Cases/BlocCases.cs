using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Multipolar.Alignment;
using Multipolar.Blocs;
using Multipolar.Charts;
using Multipolar.Votes;

namespace Multipolar.Cases;

/// <summary>
/// Case 5, BRICS and the SCO as blocs: cohesion before and after each enlargement (with the earlier members
/// alone after it, to tell a change of composition from a change of the members), the blocs' distance to the G7
/// and the Quad, and the roll calls that split them. Bloc measures of <see cref="BlocAnalysis"/>, membership as of
/// each roll call's date from the one bloc table (<see cref="BlocTable.Default"/>).
/// </summary>
internal static class BlocCases
{
    /// <summary>Years compared on each side of an enlargement (the enlargement's own year is in neither).</summary>
    public const int Window = 3;

    private static readonly string[] Subjects = ["BRICS", "SCO"];
    private static readonly string[] Others = ["G7", "QUAD"];

    /// <summary>Cohesion of a bloc over a window of years: HNR index and pairwise agreement weighted by roll calls, and N.</summary>
    internal readonly record struct WindowCohesion(int From, int To, double AgreementIndex, double Pairwise, int RollCalls);

    /// <summary>One enlargement of a bloc, the bloc's cohesion before and after it, and the earlier members' alone after it.</summary>
    internal readonly record struct Enlargement(string Bloc, DateOnly Date, ImmutableArray<string> Joined, WindowCohesion Before, WindowCohesion After, WindowCohesion EarlierAfter, WindowCohesion StrictBefore, WindowCohesion StrictAfter);

    public static CaseReport Run(CaseInputs inputs)
    {
        var table = BlocTable.Default;
        var votes = inputs.Votes;
        var last = inputs.LastYear;
        var from = Subjects.Min(b => table[b].Founded.Year);
        var query = new BlocQuery { From = from, To = last };
        var strict = query with { Options = AlignmentOptions.Default with { Abstention = AbstentionScoring.Strict } };
        var findings = new List<string>();
        var flags = new List<string>();
        var limits = new List<string>();
        var cohesionRows = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        var enlargementRows = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        var distanceRows = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        var splitRows = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        var cohesionLines = new List<FigureSeries>();
        var distanceLines = new List<FigureSeries>();
        foreach (var code in Subjects)
        {
            var bloc = table[code];
            var cohesion = BlocAnalysis.Cohesion(votes, bloc, query);
            var strictCohesion = BlocAnalysis.Cohesion(votes, bloc, strict);
            foreach (var c in cohesion.Where(c => c.RollCalls > 0))
            {
                cohesionRows.Add([code, CaseMath.Cell(c.Period), CaseMath.Cell(c.AgreementIndex), CaseMath.Cell(c.PairwiseAgreement), CaseMath.Cell(c.RollCalls), CaseMath.Cell(c.Members), CaseMath.Cell(c.MeanVoting), query.Options.ToString()]);
            }

            if (FindingText.ThinYears(cohesion.Select(c => (c.Period, c.RollCalls)), CaseMath.MinimumN) is { } few)
            {
                limits.Add($"{code}: thin years (fewer than {CaseMath.MinimumN} roll calls with two or more voting members; in the tables, left out of the charts and findings): {few}.");
            }

            var ai = cohesion.Where(c => c.RollCalls >= CaseMath.MinimumN).Select(c => (c.Period, c.AgreementIndex)).ToArray();
            cohesionLines.Add(CaseMath.Line($"{code} agreement index", ai, dashed: code != Subjects[0]));
            findings.Add($"{code} cohesion (Hix–Noury–Roland agreement index, members as of each roll call) {FindingText.Change(ai) ?? "has too few values"} ({FindingText.Extremes(ai) ?? "no extremes"}).");
            foreach (var e in Enlargements(votes, bloc, cohesion, strictCohesion, query, last))
            {
                enlargementRows.Add([code, e.Date.ToString("yyyy-MM-dd", CaseMath.Inv), string.Join(' ', e.Joined), Range(e.Before), CaseMath.Cell(e.Before.AgreementIndex), CaseMath.Cell(e.Before.RollCalls),
                    Range(e.After), CaseMath.Cell(e.After.AgreementIndex), CaseMath.Cell(e.After.RollCalls), CaseMath.Cell(e.EarlierAfter.AgreementIndex), CaseMath.Cell(e.Before.Pairwise), CaseMath.Cell(e.After.Pairwise), query.Options.ToString()]);
                if (e.After.RollCalls == 0 || e.Before.RollCalls == 0)
                {
                    limits.Add($"{code}'s enlargement of {e.Date:yyyy-MM-dd} ({string.Join(", ", e.Joined)}): the store has no roll call {(e.After.RollCalls == 0 ? $"in the {Window} years after {e.Date.Year}" : $"in the {Window} years before {e.Date.Year}")}; the case cannot compare cohesion across it.");
                    continue;
                }

                findings.Add($"{code} before and after {string.Join(", ", e.Joined)} joined ({e.Date:yyyy-MM-dd}): agreement index {FindingText.Number(e.Before.AgreementIndex)} in {Range(e.Before)} (N {e.Before.RollCalls}) and {FindingText.Number(e.After.AgreementIndex)} in {Range(e.After)} (N {e.After.RollCalls}); the earlier members alone {FindingText.Number(e.EarlierAfter.AgreementIndex)} in {Range(e.After)}.");
                var signs = new[] { e.After.AgreementIndex - e.Before.AgreementIndex, e.After.Pairwise - e.Before.Pairwise, e.StrictAfter.Pairwise - e.StrictBefore.Pairwise }.Select(d => Math.Abs(d) <= 0.005 ? 0 : Math.Sign(d)).ToArray();
                flags.Add(signs.Distinct().Count() == 1
                    ? $"{code} {e.Date.Year}: the change across the enlargement has the same direction by the agreement index and by pairwise agreement (abstention ½ and strict)."
                    : $"{code} {e.Date.Year}: the change across the enlargement differs in direction by measure (agreement index {Sign(signs[0])}, pairwise agreement with abstention ½ {Sign(signs[1])}, strict {Sign(signs[2])}): the finding depends on how abstentions count.");
            }

            foreach (var other in Others)
            {
                var distance = BlocAnalysis.DistanceBetween(votes, bloc, table[other], query);
                foreach (var d in distance.Where(d => d.RollCalls > 0))
                {
                    distanceRows.Add([code, other, CaseMath.Cell(d.Period), CaseMath.Cell(d.Distance), CaseMath.Cell(d.RollCalls), query.Options.ToString()]);
                }

                var points = distance.Where(d => d.RollCalls >= CaseMath.MinimumN).Select(d => (d.Period, d.Distance)).ToArray();
                distanceLines.Add(CaseMath.Line($"{code}–{other}", points, dashed: other != Others[0]));
                findings.Add($"The distance between the centres of {code} and the {other} {FindingText.Change(points) ?? "has too few values"}.");
            }

            var recent = query with { From = Math.Max(from, last - 4) };
            var splits = BlocAnalysis.SplitsWithin(votes, bloc, recent, 5);
            foreach (var s in splits)
            {
                splitRows.Add([code, "within", s.RollCall.Id.Value.ToString(CaseMath.Inv), s.RollCall.Date.ToString("yyyy-MM-dd", CaseMath.Inv), s.RollCall.Resolution ?? "", CaseMath.Cell(s.Yes), CaseMath.Cell(s.No), CaseMath.Cell(s.Abstain), CaseMath.Cell(s.AgreementIndex), Sides(s)]);
            }

            if (splits.Length > 0)
            {
                var top = splits[0];
                findings.Add($"The roll call that divided {code} most in {recent.From}–{last}: {top.RollCall.Resolution ?? $"rcid {top.RollCall.Id.Value}"} ({top.RollCall.Date:yyyy-MM-dd}; agreement index {FindingText.Number(top.AgreementIndex)}; {Sides(top)}).");
            }
        }

        var g7 = BlocAnalysis.SplitsBetween(votes, table["BRICS"], table["G7"], query with { From = Math.Max(from, last - 4) }, 5);
        foreach (var s in g7)
        {
            splitRows.Add(["BRICS", "G7", s.RollCall.Id.Value.ToString(CaseMath.Inv), s.RollCall.Date.ToString("yyyy-MM-dd", CaseMath.Inv), s.RollCall.Resolution ?? "", CaseMath.Cell(s.First.Yes), CaseMath.Cell(s.First.No), CaseMath.Cell(s.First.Abstain), CaseMath.Cell(s.Separation), $"BRICS {Sides(s.First)} | G7 {Sides(s.Second)}"]);
        }

        flags.Add("Cohesion counts only members that voted (absent members are left out, as Hix, Noury and Roland count votes cast); a bloc whose members often miss votes looks more cohesive than one whose members vote against each other.");
        flags.Add($"Before and after compare {Window} calendar years on each side, the enlargement's year left out; another window length can change the size, and (for a recent enlargement) the years after are few.");
        limits.Add("The Quad had no members from 6 February 2008 to 11 November 2017 (Australia's withdrawal to the revival): its distance is undefined in those years.");
        limits.Add("The record's sources differ by year: the research data (unvotes, to 2019) hold amendment and paragraph votes besides resolutions, the UN's resolution record (2019 on) adopted resolutions only; a window on one side of 2019 and one on the other compare different sets of roll calls ('multipolar coverage' shows the sources per year).");
        limits.Add("Blocs are defined by membership only: neither BRICS nor the SCO coordinates Assembly votes as a caucus, so cohesion measures how alike the members vote, not whether they act as one.");
        ImmutableArray<string> sources = [.. Subjects.Concat(Others).Select(b => table[b].Source),
            "Hix, Noury and Roland (2005), Power to the Parties, BJPolS 35(2): 209–234 (agreement index)", .. inputs.VoteCitations];
        return new CaseReport(
            "brics-sco",
            "BRICS and the SCO as blocs",
            "BRICS and the SCO as blocs: cohesion before and after each enlargement, and their distance to the G7 and the Quad; the splits.",
            $"Per calendar year from {from}, members as of each roll call's date (bloc table, docs/analytics.md \"Blocs\"): cohesion as the Hix–Noury–Roland agreement index and mean pairwise agreement; for each enlargement the roll-call-weighted cohesion of the {Window} years before and after it (its own year left out), and of the earlier members alone after it; the distance between the centres (mean coded vote, yes 1, abstain ½, no 0) of each bloc and the G7 and the Quad; the roll calls of the last five years that divided each bloc most (lowest agreement index) and that separated BRICS from the G7 most.",
            [
                new("cohesion", new Figure("BRICS (solid) and SCO (dashed) cohesion", "Year", "Agreement index (Hix–Noury–Roland)", [.. cohesionLines], [.. sources], "members as of each roll call's date; years with at least 10 roll calls", 0, 1)),
                new("distance", new Figure("Distance of BRICS and the SCO to the G7 (solid) and the Quad (dashed)", "Year", "Distance between bloc centres", [.. distanceLines], [.. sources], "mean |centre A − centre B|, coded votes yes 1, abstain ½, no 0", 0)),
            ],
            [
                new CaseTable("cohesion", ["bloc", "year", "agreement_index", "pairwise_agreement", "rollcalls", "members", "mean_voting", "options"], cohesionRows.ToImmutable()),
                new CaseTable("enlargements", ["bloc", "date", "joined", "years_before", "agreement_index_before", "rollcalls_before", "years_after", "agreement_index_after", "rollcalls_after", "agreement_index_after_earlier_members", "pairwise_before", "pairwise_after", "options"], enlargementRows.ToImmutable()),
                new CaseTable("distance", ["bloc", "other", "year", "distance", "rollcalls", "options"], distanceRows.ToImmutable()),
                new CaseTable("splits", ["bloc", "against", "rcid", "date", "resolution", "yes", "no", "abstain", "agreement_index_or_separation", "votes"], splitRows.ToImmutable()),
            ],
            [.. findings],
            [.. flags],
            [.. limits],
            sources);
    }

    /// <summary>Each later membership date of the bloc (its founding date excluded), with cohesion around it.</summary>
    internal static IEnumerable<Enlargement> Enlargements(VoteMatrix votes, Bloc bloc, ImmutableArray<BlocCohesion> cohesion, ImmutableArray<BlocCohesion> strict, BlocQuery query, int last)
    {
        foreach (var g in bloc.Memberships.Where(m => m.From > bloc.Founded).GroupBy(m => m.From).OrderBy(g => g.Key))
        {
            var year = g.Key.Year;
            int b0 = year - Window, b1 = year - 1, a0 = year + 1, a1 = Math.Min(last, year + Window);
            var earlier = Earlier(bloc, g.Key);
            var earlierAfter = a0 > a1 ? default : Over(BlocAnalysis.Cohesion(votes, earlier, query with { From = a0, To = a1 }), a0, a1);
            yield return new Enlargement(bloc.Code, g.Key, [.. g.Select(m => m.State.Iso3).Order(StringComparer.Ordinal)],
                Over(cohesion, b0, b1), Over(cohesion, a0, a1), earlierAfter, Over(strict, b0, b1), Over(strict, a0, a1));
        }
    }

    /// <summary>Roll-call-weighted mean cohesion over the years [from, to].</summary>
    internal static WindowCohesion Over(IEnumerable<BlocCohesion> cohesion, int from, int to)
    {
        var years = cohesion.Where(c => c.Period >= from && c.Period <= to && c.RollCalls > 0).ToArray();
        var n = years.Sum(c => c.RollCalls);
        return n == 0
            ? new WindowCohesion(from, to, double.NaN, double.NaN, 0)
            : new WindowCohesion(from, to, years.Sum(c => c.AgreementIndex * c.RollCalls) / n, years.Sum(c => c.PairwiseAgreement * c.RollCalls) / n, n);
    }

    /// <summary>The bloc of the members whose spell began before <paramref name="date"/>, with their spells as they are (a user-table bloc, built by <see cref="BlocTable.Parse"/>).</summary>
    private static Bloc Earlier(Bloc bloc, DateOnly date)
    {
        var csv = new StringBuilder("kind,bloc,iso3,from,until,text\n");
        csv.Append(CultureInfo.InvariantCulture, $"bloc,{bloc.Code}-BEFORE-{date:yyyyMMdd},,{bloc.Founded:yyyy-MM-dd},,{bloc.Code} members before {date:yyyy-MM-dd}\n");
        foreach (var m in bloc.Memberships.Where(m => m.From < date))
        {
            csv.Append(CultureInfo.InvariantCulture, $"member,{bloc.Code}-BEFORE-{date:yyyyMMdd},{m.State.Iso3},{m.From:yyyy-MM-dd},{m.Until?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)},\n");
        }

        using var reader = new StringReader(csv.ToString());
        return BlocTable.Parse(reader, $"{bloc.Code} before {date:yyyy-MM-dd}").Blocs.Single();
    }

    private static string Range(WindowCohesion w) => w.From == w.To ? w.From.ToString(CaseMath.Inv) : $"{w.From}–{w.To}";

    private static string Sign(int s) => s > 0 ? "up" : s < 0 ? "down" : "unchanged";

    /// <summary>"yes BRA, IND; no CHN; abstain RUS".</summary>
    private static string Sides(BlocRollCall r) => string.Join("; ", r.Votes.Where(v => v.Vote is Vote.Yes or Vote.No or Vote.Abstain)
        .GroupBy(v => IndiaCase.Label(v.Vote)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {string.Join(", ", g.Select(v => v.State.Iso3))}"));
}
