using System.Collections.Immutable;
using Multipolar.Alignment;
using Multipolar.Blocs;
using Multipolar.Charts;
using Multipolar.Countries;
using Multipolar.Poles;
using Multipolar.Votes;

namespace Multipolar.Cases;

/// <summary>
/// Case 3, India's multi-alignment: India's agreement with the United States, China and Russia by issue area; its
/// multi-alignment index (<see cref="MultiAlignment"/>) beside the other Quad members' and the BRICS members'; its
/// votes on the emergency-session resolutions on Ukraine, ES-11/1 to ES-11/5.
/// </summary>
internal static class IndiaCase
{
    public const int From = 1992;

    /// <summary>The resolutions of the eleventh emergency special session on Ukraine the case reads (2022).</summary>
    internal static readonly string[] Ukraine = ["A/RES/ES-11/1", "A/RES/ES-11/2", "A/RES/ES-11/3", "A/RES/ES-11/4", "A/RES/ES-11/5"];

    public static CaseReport Run(CaseInputs inputs)
    {
        var r = CountryReference.Default;
        var ind = r["IND"];
        var poles = PoleSet.Default;
        var blocs = BlocTable.Default;
        var slices = Slice.Standard.Where(s => s != Slice.Important).ToArray();
        var dyads = poles.Poles.Select(p => new Dyad(ind, p.State)).ToArray();
        var result = CaseMath.Align(inputs, dyads, [Measure.Agreement], slices, From);
        var findings = new List<string>();
        foreach (var d in dyads)
        {
            var all = CaseMath.Points(result, d, Measure.Agreement, Slice.All);
            findings.Add($"India's agreement with {d.B.Name} on all roll calls {FindingText.Change(all) ?? "has too few values"}.");
        }

        findings.Add(NearestByArea(result, dyads, slices));

        // The multi-alignment index of India and of the other Quad and BRICS members (the poles themselves excluded).
        var peers = blocs["QUAD"].States.Concat(blocs["BRICS"].States).Append(ind).Distinct()
            .Where(s => poles.Find(s) is null && inputs.Votes.IndexOf(s) >= 0).OrderBy(s => s.Iso3, StringComparer.Ordinal).ToArray();
        var query = MultiAlignment.QueryFor(poles, Measure.Agreement, default, From, inputs.LastYear) with { States = [.. peers] };
        var profiles = PoleProfiles.Compute(inputs.Votes, query);
        var mai = profiles.Periods.SelectMany(y => peers.Select(s => MultiAlignment.Classify(profiles, s, y))).ToArray();
        var indiaMai = mai.Where(v => v.State == ind && double.IsFinite(v.Index)).Select(v => (v.Period, v.Index)).ToArray();
        findings.Add($"India's multi-alignment index (USA, CHN, RUS as poles) {FindingText.Change(indiaMai) ?? "has too few values"} ({FindingText.Extremes(indiaMai) ?? "no extremes"}).");
        var last = indiaMai.Length == 0 ? (int?)null : indiaMai[^1].Period;
        if (last is int year)
        {
            var ranked = mai.Where(v => v.Period == year && double.IsFinite(v.Index)).OrderByDescending(v => v.Index).ToArray();
            var own = mai.Single(v => v.Period == year && v.State == ind);
            var rank = Array.FindIndex(ranked, v => v.State == ind) + 1;
            findings.Add($"In {year} India's index, {FindingText.Number(own.Index)} (class {own.Label}), ranks {rank} of {ranked.Length} among the Quad and BRICS members that are not poles ({string.Join(", ", ranked.Select(v => $"{v.State.Iso3} {FindingText.Number(v.Index)}"))}).");
        }

        var ukraine = UkraineVotes(inputs.Votes, [ind, .. blocs["QUAD"].States, .. blocs["BRICS"].States]);
        if (ukraine.Resolutions.Length > 0)
        {
            findings.Add($"On {string.Join(", ", ukraine.Resolutions.Select(x => x.Resolution!["A/RES/".Length..]))} India {Tally(ukraine, ind)}.");
            foreach (var (bloc, label) in new[] { ("QUAD", "the other Quad members"), ("BRICS", "the other BRICS members") })
            {
                var others = blocs[bloc].States.Where(s => s != ind).Select(s => $"{s.Iso3} {Tally(ukraine, s)}");
                findings.Add($"On the same resolutions {label}: {string.Join("; ", others)}.");
            }
        }

        var flags = new List<string>(CaseMath.SensitivityFlags(inputs, new Dyad(ind, r["USA"]), Measure.Agreement, Slice.All, From));
        if (last is int y2)
        {
            var byMin = MultiAlignment.MinVotesSensitivity(profiles, ind, y2, [5, 10, 20]);
            flags.Add($"India's {y2} index with at least 5, 10 (default) and 20 joint votes per issue area: {string.Join(", ", byMin.Select(x => $"{x.MinVotes}: {FindingText.Number(x.Value.Index)} ({x.Value.Label})"))}.");
            var stable = MultiAlignment.Stability(inputs.Votes, query with { States = [ind] }, y2).Single();
            flags.Add(stable.Agreeing == stable.Variants
                ? $"India's {y2} class ({stable.Baseline}) is the same under all {stable.Variants} measurement variants ({stable.Labels})."
                : $"India's {y2} class ({stable.Baseline}) holds under {stable.Agreeing} of {stable.Variants} measurement variants ({stable.Labels}): it depends on the measurement choice.");
        }

        flags.Add("The multi-alignment index is Multipolar's own (no published index exists; docs/analytics.md, \"Multi-alignment\"): its thresholds (multi-aligned from 0.15, hedging below |net| 0.10) are choices.");
        var limits = CaseMath.DataLimits(inputs, result, dyads[0], From).ToList();
        limits.Add("China's pole has no votes before 25 October 1971 (the Republic of China held the seat); the case starts in 1992, after the Soviet seat passed to Russia.");
        if (ukraine.Resolutions.Length < Ukraine.Length)
        {
            limits.Add($"The store lacks {string.Join(", ", Ukraine.Except(ukraine.Resolutions.Select(x => x.Resolution!)))}: the 2022 emergency-session votes come with the UN resolution record ('multipolar ingest ../shared/data/unxml'); without them the case cannot say how India voted on them.");
        }

        limits.Add("Votes are stated positions: India's abstentions do not say why it abstained, and the Assembly record does not show its bilateral ties, arms purchases or its place in the Quad's and BRICS's own agendas.");
        var areaLines = slices.Skip(1).Select(s => CaseMath.Line(s.Key, UsMinusOthers(result, dyads, s))).ToArray();
        var peerLines = peers.Select(s => CaseMath.Line(s.Iso3, mai.Where(v => v.State == s && double.IsFinite(v.Index)).Select(v => (v.Period, v.Index)), dashed: s != ind)).ToArray();
        return new CaseReport(
            "india-multialignment",
            "India's multi-alignment",
            "India's multi-alignment: its alignment with the US, China and Russia by issue area; its multi-alignment index against the other Quad members and the BRICS; its votes on ES-11/1 to ES-11/5.",
            $"Per year from {From}: agreement (default choices) of IND with USA, CHN and RUS on all roll calls and in each issue area (me, nu, di, hr, co, ec); the multi-alignment index MAI = √(D·σ) against the poles USA, CHN, RUS (areas with at least 10 joint votes with every pole) for India and every Quad and BRICS member that is not a pole; the votes of those states on the resolutions ES-11/1 to ES-11/5 (2022), found in the store by their symbols.",
            [
                new("agreement", new Figure("India's agreement with the United States, China and Russia", "Year", "Agreement",
                    [.. dyads.Select(d => CaseMath.Line($"IND–{d.B.Iso3}", CaseMath.Points(result, d, Measure.Agreement, Slice.All)))],
                    [MeasureRegistry.Get(Measure.Agreement).Citation, .. inputs.VoteCitations], "all roll calls; years with at least 10 joint votes", 0, 1)),
                new("issues", new Figure("India by issue area: agreement with the US minus the mean of China's and Russia's", "Year", "Agreement with USA − mean with CHN, RUS",
                    [.. areaLines], [MeasureRegistry.Get(Measure.Agreement).Citation, .. inputs.VoteCitations], "issue codes of the sources (me, nu, di, hr, co, ec); years with at least 10 joint votes with each pole")),
                new("multialignment", new Figure("Multi-alignment index: India (solid) beside the Quad and BRICS members", "Year", "MAI = √(D·σ), poles USA, CHN, RUS",
                    [.. peerLines], ["Multipolar multi-alignment index (docs/analytics.md)", .. inputs.VoteCitations], "areas with at least 10 joint votes with every pole", 0)),
            ],
            [
                CaseMath.Table("alignment", result),
                new CaseTable("multialignment", ["iso3", "year", "poles", "mai", "dispersion", "spread", "net", "areas", "n", "nearest_pole", "class", "options"],
                    [.. mai.Select(v => ImmutableArray.Create(v.State.Iso3, CaseMath.Cell(v.Period), poles.Key, CaseMath.Cell(v.Index), CaseMath.Cell(v.Dispersion), CaseMath.Cell(v.Spread),
                        CaseMath.Cell(v.Net), CaseMath.Cell(v.Areas), CaseMath.Cell(v.Votes), v.Nearest?.Code ?? "", v.Label, profiles.Options.ToString()))]),
                new CaseTable("ukraine-votes", ["resolution", "rcid", "date", "iso3", "vote"],
                    [.. ukraine.Rows.Select(x => ImmutableArray.Create(x.RollCall.Resolution ?? "", x.RollCall.Id.Value.ToString(CaseMath.Inv), x.RollCall.Date.ToString("yyyy-MM-dd", CaseMath.Inv), x.State.Iso3, Label(x.Vote)))]),
            ],
            [.. findings],
            [.. flags],
            [.. limits],
            [MeasureRegistry.Get(Measure.Agreement).Citation, "Multipolar multi-alignment index (docs/analytics.md, \"Multi-alignment\")", blocs["QUAD"].Source, blocs["BRICS"].Source, .. inputs.VoteCitations]);
    }

    /// <summary>Per issue area, the pole India agrees with most in the last year with at least 10 joint votes with every pole.</summary>
    private static string NearestByArea(AlignmentResult result, Dyad[] dyads, Slice[] slices)
    {
        var parts = new List<string>();
        foreach (var s in slices)
        {
            var year = result.Periods.OrderDescending().Cast<int?>().FirstOrDefault(y => dyads.All(d => result[Measure.Agreement, s, y!.Value, d].N >= CaseMath.MinimumN));
            if (year is not int y)
            {
                parts.Add($"{s.Key}: too few votes");
                continue;
            }

            var best = dyads.MaxBy(d => result[Measure.Agreement, s, y, d].Value);
            parts.Add($"{s.Key} {best.B.Iso3} ({FindingText.Number(result[Measure.Agreement, s, y, best].Value)}, {y})");
        }

        return $"The pole India agrees with most, per issue area in the last year with at least {CaseMath.MinimumN} joint votes with each: {string.Join("; ", parts)}.";
    }

    /// <summary>Per year, agreement with the first pole (USA) minus the mean agreement with the others, where every pole has at least 10 joint votes.</summary>
    private static (int Year, double Value)[] UsMinusOthers(AlignmentResult result, Dyad[] dyads, Slice s) =>
        [.. result.Periods.Where(y => dyads.All(d => result[Measure.Agreement, s, y, d].N >= CaseMath.MinimumN))
            .Select(y => (y, result[Measure.Agreement, s, y, dyads[0]].Value - dyads.Skip(1).Average(d => result[Measure.Agreement, s, y, d].Value)))];

    /// <summary>The votes of the given states on the ES-11 resolutions the matrix holds, in resolution order.</summary>
    internal static (ImmutableArray<RollCall> Resolutions, ImmutableArray<(RollCall RollCall, Country State, Vote Vote)> Rows) UkraineVotes(VoteMatrix votes, IEnumerable<Country> states)
    {
        var columns = Ukraine.Select(sym => votes.RollCalls.Select((rc, i) => (rc, i)).Where(x => x.rc.IsFinalPassage && string.Equals(x.rc.Resolution, sym, StringComparison.OrdinalIgnoreCase)).Select(x => x.i).DefaultIfEmpty(-1).First())
            .Where(c => c >= 0).ToArray();
        var list = states.Distinct().OrderBy(s => s.Iso3, StringComparer.Ordinal).ToArray();
        var rows = ImmutableArray.CreateBuilder<(RollCall, Country, Vote)>();
        foreach (var c in columns)
        {
            foreach (var s in list)
            {
                var row = votes.IndexOf(s);
                rows.Add((votes.RollCalls[c], s, row < 0 ? Vote.None : votes[row, c]));
            }
        }

        return ([.. columns.Select(c => votes.RollCalls[c])], rows.ToImmutable());
    }

    /// <summary>"abstained on all 5" / "voted yes on 3 and abstained on 2 (ES-11/3, ES-11/5)".</summary>
    internal static string Tally((ImmutableArray<RollCall> Resolutions, ImmutableArray<(RollCall RollCall, Country State, Vote Vote)> Rows) ukraine, Country state)
    {
        var own = ukraine.Rows.Where(x => x.State == state).ToArray();
        var groups = own.GroupBy(x => Label(x.Vote)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToArray();
        if (groups.Length == 1)
        {
            return $"{Verb(groups[0].Key)} on all {own.Length}";
        }

        return string.Join(", ", groups.Select((g, i) => $"{Verb(g.Key)} on {g.Count()}" + (i == 0 ? "" : $" ({string.Join(", ", g.Select(x => x.RollCall.Resolution!["A/RES/".Length..]))})")));
    }

    private static string Verb(string label) => label switch
    {
        "yes" => "voted yes",
        "no" => "voted no",
        "abstain" => "abstained",
        "absent" => "was absent",
        _ => "cast no recorded vote",
    };

    internal static string Label(Vote v) => v switch
    {
        Vote.Yes => "yes",
        Vote.No => "no",
        Vote.Abstain => "abstain",
        Vote.Absent => "absent",
        _ => "not recorded",
    };
}
