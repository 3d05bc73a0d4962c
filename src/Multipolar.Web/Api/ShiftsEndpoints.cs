using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Multipolar.Alignment;
using Multipolar.Shifts;
using Multipolar.Votes;
using Multipolar.Web.Snapshots;
using static Multipolar.Web.Api.AnalysisRequest;

namespace Multipolar.Web.Api;

/// <summary>Shifts (src/Multipolar.Core/Shifts): a bloc's drift between two poles, who converged on whom, and the roll calls behind a change.</summary>
internal static class ShiftsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/sphere/{bloc}", Sphere).WithSummary("A bloc's drift between two poles (poles=RUS,CHN): each member's lean per year (view=members), the bloc mean (view=mean) or crossovers.")
            .Produces<ApiResponse<SphereApiRow>>().Declare([.. P.AlignmentOptions, P.Slice1, P.From, P.To, P.TwoPoles, P.SphereView]);
        api.MapGet("/converge/{a}/{b}", Converge).WithSummary("Who converged on whom between two years: the change in agreement, on recurring roll calls, and each state's share of it.")
            .Produces<ApiResponse<ConvergeRow>>().Declare([.. P.AlignmentOptions, P.Slice1, P.From, P.To]);
        api.MapGet("/explain/{a}/{b}", Explain).WithSummary("The roll calls behind a change in a dyad's agreement between two years, largest contribution first (contributions sum to the change).")
            .Produces<ApiResponse<ContributionRow>>().Declare([.. P.VoteOptions, P.Slice1, P.From, P.To, P.Count]);
    }

    private static async Task<IResult> Sphere(HttpContext context, string bloc)
    {
        var q = new QueryReader(context);
        var r = AlignmentRequest.Read(q, P.Slice1);
        var (from, to) = Range(q);
        var s = context.Snapshot();
        var b = Bloc("bloc", bloc);
        var poles = PoleSetOf(q, s, P.TwoPoles, "RUS,CHN", 2, 2);
        var (first, second) = (poles.Poles[0], poles.Poles[1]);
        var view = q.Choice(P.SphereView, "members");
        var drift = await Compute("bloc", () => Spheres.Compute(s.Votes, b, first, second, r.Measure, r.Slices[0], r.Options, from, to)).ConfigureAwait(false);
        var key = r.Named["measure"];
        Name(r.Named, from, to);
        r.Named["bloc"] = b.Code;
        r.Named["poles"] = poles.Key;
        r.Named["view"] = view;
        var notes = new List<string>
        {
            $"lean = {key} with {second.Code} − with {first.Code}; normalised lean: each pole's {key} with a member minus the pole's mean {key} with every other state that year (docs/polarity.md, Spheres).",
        };
        notes.AddRange(poles.Notes);
        switch (view)
        {
            case "mean":
                notes.Insert(0, "members (N): members with values that year; popularity: a pole's mean alignment with every other state voting.");
                return ApiOutput.Rows(context, r.Named, [.. drift.Means.Select(m => new SphereMeanRow(b.Code, m.Period, first.Code, second.Code, m.Members, Defined(m.Lean),
                    Defined(m.NormalisedLean), Defined(m.FirstPopularity), Defined(m.SecondPopularity), key))], ApiJson.Web.ApiResponseSphereMeanRow, notes);
            case "crossovers":
                notes.Insert(0, $"A crossover: the year the lean changed sign and kept the new sign {Spheres.PersistYears}+ years; top_roll_calls: the votes behind the normalised crossover (rcid: contribution).");
                return ApiOutput.Rows(context, r.Named, [.. drift.Crossovers.Select(c => new CrossoverRow(b.Code, c.State.Iso3, first.Code, second.Code, c.Crossover, c.NormalisedCrossover,
                    c.Votes is { } v ? Defined(v.Change) : null, c.Votes is { } w ? string.Join("; ", w.Contributions.Take(3).Select(x => FormattableString.Invariant($"{x.RollCall.Id.Value}: {x.Contribution:+0.000;-0.000}"))) : "",
                    key))], ApiJson.Web.ApiResponseCrossoverRow, notes);
            default:
                notes.Insert(0, "n_first, n_second: joint votes with each pole; value null when undefined.");
                return ApiOutput.Rows(context, r.Named, [.. drift.Rows.Select(x => new SphereApiRow(b.Code, x.Period, x.State.Iso3, first.Code, second.Code, Defined(x.WithFirst.Value), x.WithFirst.N,
                    Defined(x.WithSecond.Value), x.WithSecond.N, Defined(x.Lean), Defined(x.NormalisedLean), key))], ApiJson.Web.ApiResponseSphereApiRow, notes);
        }
    }

    private static async Task<IResult> Converge(HttpContext context, string a, string b)
    {
        var q = new QueryReader(context);
        var r = AlignmentRequest.Read(q, P.Slice1);
        var (from, to) = RequiredRange(q);
        var s = context.Snapshot();
        var (x, y) = Dyad(s, a, b);
        var d = await Compute("from", () => Convergence.Dyadic(s.Votes, x, y, from, to, r.Options, r.Slices[0])).ConfigureAwait(false);
        var key = r.Named["measure"];
        var shift = d.Shift;
        ConvergeRow[] rows =
        [
            new(x.Iso3, y.Iso3, from, to, "agreement", "", Defined(shift.Before), Defined(shift.After), Defined(shift.Change), shift.Contributions.Length, key),
            new(x.Iso3, y.Iso3, from, to, "agreement_recurring", "", null, null, Defined(d.MatchedChange), d.Matched.Length, key),
            new(x.Iso3, y.Iso3, from, to, "agreement_by_state", x.Iso3, null, null, Defined(d.ByA), d.Matched.Length, key),
            new(x.Iso3, y.Iso3, from, to, "agreement_by_state", y.Iso3, null, null, Defined(d.ByB), d.Matched.Length, key),
        ];
        Name(r.Named, from, to);
        return ApiOutput.Rows(context, r.Named, rows, ApiJson.Web.ApiResponseConvergeRow,
        [
            $"agreement_by_state: on the roll calls recurring in both years (same title key), the Shapley share of the change in the pair's score due to each state's changed vote; n: roll calls (docs/polarity.md).",
            "The ideal-point components of 'multipolar converge' (ideal_distance, ideal_movement) need a dynamic fit over the range; the API leaves them out (run the CLI).",
        ]);
    }

    private static async Task<IResult> Explain(HttpContext context, string a, string b)
    {
        var q = new QueryReader(context);
        var r = AlignmentRequest.Read(q, P.Slice1);
        var (from, to) = RequiredRange(q);
        var count = q.Int(P.Count) ?? 15;
        var s = context.Snapshot();
        var (x, y) = Dyad(s, a, b);
        var shift = await Compute("from", () => Shifts.Shifts.Dyad(s.Votes, x, y, from, to, r.Options, r.Slices[0])).ConfigureAwait(false);
        var rows = shift.Contributions.Take(count).Select(c => new ContributionRow(shift.Subject, shift.From, shift.To, c.RollCall.Id.Value,
            c.RollCall.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Side, c.RollCall.Resolution, c.RollCall.Title ?? c.RollCall.Description,
            string.Join(' ', c.RollCall.Issues.Select(i => i.Code)), VoteKey(c.VoteA), VoteKey(c.VoteB), c.Score, c.Contribution, "agree")).ToArray();
        r.Named["measure"] = "agree";
        r.Named["count"] = count.ToString(CultureInfo.InvariantCulture);
        Name(r.Named, from, to);
        return ApiOutput.Rows(context, r.Named, rows, ApiJson.Web.ApiResponseContributionRow,
        [
            FormattableString.Invariant($"{shift.Subject}: agreement {shift.From} {shift.Before:0.000} → {shift.To} {shift.After:0.000} (change {shift.Change:+0.000;-0.000}) over {shift.Contributions.Length} roll calls; the contributions of all of them sum to the change."),
            "Agreement only (S = 2·agree − 1 moves with the same roll calls, twice as far); the CLI's 'explain --bloc' is not served.",
        ]);
    }

    private static (Countries.Country A, Countries.Country B) Dyad(DataSnapshot s, string a, string b)
    {
        var x = StateLookup.Resolve(s, "a", a);
        var y = StateLookup.Resolve(s, "b", b);
        return ReferenceEquals(x, y) ? throw ApiException.BadParameter("b", $"a and b are both {x.Iso3}; a dyad is two different states.") : (x, y);
    }

    private static string VoteKey(Vote v) => v switch
    {
        Vote.Yes => "yes",
        Vote.Abstain => "abstain",
        Vote.No => "no",
        Vote.Absent => "absent",
        Vote.NonMember => "non_member",
        _ => "",
    };
}
