using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Multipolar.Alignment;
using Multipolar.IdealPoints;
using Multipolar.Web.Snapshots;

namespace Multipolar.Web.Api;

/// <summary>Alignment and ideal points: dyad series, the pair matrix of a year, the map, ideal points.</summary>
internal static class AlignmentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/dyads/{a}/{b}", Dyad).WithSummary("One dyad's alignment series (any measure, slices, options), a value and its N per period.")
            .Produces<ApiResponse<AlignRow>>().Declare([.. P.AlignmentOptions, P.Slices, P.From, P.To]);
        api.MapGet("/matrix", (Func<HttpContext, Task<IResult>>)Matrix).WithSummary("Every pair of states in one year (or session): the measure and its N, pairs with joint votes.")
            .Produces<ApiResponse<AlignRow>>().Declare([.. P.AlignmentOptions, P.Year, P.Slice1]);
        api.MapGet("/map", (Func<HttpContext, Task<IResult>>)WorldMap).WithSummary("Every state's alignment with one state (with=X), or its net alignment between two poles (pole_a, pole_b), in one year.")
            .Produces<ApiResponse<MapRow>>().Declare([.. P.AlignmentOptions, P.Year, P.Slice1, P.With, P.PoleA, P.PoleB]);
        api.MapGet("/ideal", (Func<HttpContext, Task<IResult>>)Ideal).WithSummary("Ideal points: every state in a year (year=Y), or trajectories of states (states=A,B) over years; static ordered-probit fits per year, or (model=dynamic) one dynamic fit of the whole record.")
            .Produces<ApiResponse<IdealRow>>().Declare(P.Year, P.States, P.From, P.To, P.Model);
    }

    private static async Task<IResult> Dyad(HttpContext context, string a, string b)
    {
        var q = new QueryReader(context);
        var r = AlignmentRequest.Read(q, P.Slices);
        var (from, to) = AnalysisRequest.Range(q);

        var s = context.Snapshot();
        var stateA = StateLookup.Resolve(s, "a", a);
        var stateB = StateLookup.Resolve(s, "b", b);
        if (ReferenceEquals(stateA, stateB))
        {
            throw ApiException.BadParameter("b", $"a and b are both {stateA.Iso3}; a dyad is two different states.");
        }

        var dyad = new Alignment.Dyad(stateA, stateB);
        var result = await s.DyadSeries(dyad, r.Measure, r.Slices, r.Options).ConfigureAwait(false);
        var rows = new List<AlignRow>();
        foreach (var slice in r.Slices)
        {
            foreach (var (period, value) in result.Series(dyad, r.Measure, slice))
            {
                if (value.N > 0 && (from is null || period >= from) && (to is null || period <= to))
                {
                    rows.Add(new AlignRow(stateA.Iso3, stateB.Iso3, r.PeriodKind, period, r.Named["measure"], slice.Key, Defined(value.Value), value.N));
                }
            }
        }

        r.Named["from"] = from?.ToString(CultureInfo.InvariantCulture) ?? "";
        r.Named["to"] = to?.ToString(CultureInfo.InvariantCulture) ?? "";
        return ApiOutput.Rows(context, r.Named, rows, ApiJson.Web.ApiResponseAlignRow, [Citation(r.Measure), NoteN(r)]);
    }

    private static async Task<IResult> Matrix(HttpContext context)
    {
        var q = new QueryReader(context);
        var r = AlignmentRequest.Read(q, P.Slice1);
        var s = context.Snapshot();
        var period = r.CheckPeriod(s, P.Year, q.RequiredInt(P.Year));
        var m = await s.PairMatrix(period, r.Measure, r.Slices[0], r.Options).ConfigureAwait(false);
        var csv = context.WantsCsv();
        var body = await s.Rendered(MatrixKey(r, period, csv), () => MatrixBody(s, r, period, m, csv)).ConfigureAwait(false);
        return ApiOutput.Rendered(context, body);
    }

    /// <summary>
    /// Renders the default matrix response (JSON) of one year while a data version is prepared (off the request
    /// path), so that a request for it, the matrix page's first, is a copy of bytes.
    /// </summary>
    internal static void PrepareMatrix(DataSnapshot s, int year)
    {
        var r = AlignmentRequest.Default();
        s.Prerender(MatrixKey(r, year, false), () =>
            MatrixBody(s, r, year, s.PairMatrix(year, r.Measure, r.Slices[0], r.Options).GetAwaiter().GetResult(), false));
    }

    private static (string, int, Measure, Slice, AlignmentOptions, bool) MatrixKey(AlignmentRequest r, int period, bool csv) =>
        ("matrix", period, r.Measure, r.Slices[0], r.Options, csv);

    private static byte[] MatrixBody(DataSnapshot s, AlignmentRequest r, int period, DyadMatrix m, bool csv)
    {
        var rows = new List<AlignRow>();
        for (var i = 0; i < m.States.Length; i++)
        {
            for (var j = i + 1; j < m.States.Length; j++)
            {
                var v = m[i, j];
                if (v.N > 0)
                {
                    rows.Add(new AlignRow(m.States[i].Iso3, m.States[j].Iso3, r.PeriodKind, period, r.Named["measure"], r.Named["slice"], Defined(v.Value), v.N));
                }
            }
        }

        var named = new Dictionary<string, string>(r.Named, StringComparer.Ordinal) { ["year"] = period.ToString(CultureInfo.InvariantCulture) };
        return ApiOutput.Render(s, csv, named, rows, ApiJson.Web.ApiResponseAlignRow, [Citation(r.Measure), NoteN(r), "Pairs without a joint vote are left out."]);
    }

    private static async Task<IResult> WorldMap(HttpContext context)
    {
        var q = new QueryReader(context);
        var r = AlignmentRequest.Read(q, P.Slice1);
        var s = context.Snapshot();
        var period = r.CheckPeriod(s, P.Year, q.RequiredInt(P.Year));
        var (with, poleA, poleB) = (q.Text(P.With), q.Text(P.PoleA), q.Text(P.PoleB));
        if ((with is null) == (poleA is null && poleB is null) || (with is null && (poleA is null || poleB is null)))
        {
            throw ApiException.BadParameter(with is null ? "pole_a" : "with", "Give either with=X (agreement with one state) or pole_a=A and pole_b=B (net alignment), not both.",
                ["with", "pole_a,pole_b"]);
        }

        var a = StateLookup.Resolve(s, with is null ? "pole_a" : "with", with ?? poleA!);
        var b = with is null ? StateLookup.Resolve(s, "pole_b", poleB!) : null;
        var m = await s.PairMatrix(period, r.Measure, r.Slices[0], r.Options).ConfigureAwait(false);
        var key = r.Named["measure"];
        var rows = new List<MapRow>();
        foreach (var state in m.States)
        {
            if (ReferenceEquals(state, a) || ReferenceEquals(state, b))
            {
                continue;
            }

            var va = m[state, a];
            if (b is null)
            {
                if (va.N > 0)
                {
                    rows.Add(new MapRow(state.Iso3, r.PeriodKind, period, key, r.Named["slice"], a.Iso3, null, Defined(va.Value), va.N, Defined(va.Value), va.N, null, null));
                }

                continue;
            }

            var vb = m[state, b];
            if (va.N > 0 && vb.N > 0)
            {
                double? net = va.IsDefined && vb.IsDefined ? va.Value - vb.Value : null;
                rows.Add(new MapRow(state.Iso3, r.PeriodKind, period, key, r.Named["slice"], a.Iso3, b.Iso3, net, Math.Min(va.N, vb.N),
                    Defined(va.Value), va.N, Defined(vb.Value), vb.N));
            }
        }

        r.Named["year"] = period.ToString(CultureInfo.InvariantCulture);
        r.Named["pole_a"] = a.Iso3;
        r.Named["pole_b"] = b?.Iso3 ?? "";
        return ApiOutput.Rows(context, r.Named, rows, ApiJson.Web.ApiResponseMapRow,
            [Citation(r.Measure), NoteN(r), b is null ? "value: alignment with pole_a." : "value: value_a − value_b (net alignment towards pole_a); n: the smaller N."]);
    }

    private static async Task<IResult> Ideal(HttpContext context)
    {
        var q = new QueryReader(context);
        var year = q.Int(P.Year);
        var statesText = q.Text(P.States);
        var (from, to) = AnalysisRequest.Range(q);
        var dynamic = q.Choice(P.Model, "static") == "dynamic";
        var s = context.Snapshot();
        if ((year is null) == (statesText is null))
        {
            throw ApiException.BadParameter(year is null ? "year" : "states", "Give either year=Y (every state in a year) or states=A,B (trajectories).", ["year", "states"]);
        }

        var rows = new List<IdealRow>();
        IdealPointFit? whole = dynamic ? await s.DynamicIdealPoints().ConfigureAwait(false) : null;
        if (year is int y)
        {
            if (from is not null || to is not null)
            {
                throw ApiException.BadParameter("from", "'from' and 'to' go with states=, not with year=.");
            }

            if (!s.Years.Contains(y))
            {
                throw ApiException.BadParameter("year", $"'year' is {y}, a year without roll calls in the store.", s.Years.IsEmpty ? [] : [$"{s.Years[0]}..{s.Years[^1]}"]);
            }

            var points = whole is null ? (await s.StaticIdealPoints(y, IdealPointPeriod.Year).ConfigureAwait(false)).Points : [.. whole.Points.Where(p => p.Period == y)];
            rows.AddRange(points.OrderByDescending(p => p.Estimate).Select(p => Row(p, dynamic)));
        }
        else
        {
            var names = statesText!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (names.Length is 0 or > 20)
            {
                throw ApiException.BadParameter("states", "'states' lists 1 to 20 states, comma-separated.");
            }

            var states = names.Select(n => StateLookup.Resolve(s, "states", n)).Distinct().ToArray();
            bool In(int period) => (from is null || period >= from) && (to is null || period <= to);
            if (whole is not null)
            {
                rows.AddRange(states.SelectMany(state => whole.Series(state)).Where(p => In(p.Period)).Select(p => Row(p, true)));
            }
            else
            {
                var fits = await Task.WhenAll(s.Years.Where(In).Select(y => s.StaticIdealPoints(y, IdealPointPeriod.Year))).ConfigureAwait(false);
                foreach (var state in states)
                {
                    foreach (var fit in fits)
                    {
                        if (fit.Periods.Length > 0 && fit.TryGet(state, fit.Periods[0], out var p))
                        {
                            rows.Add(Row(p, false));
                        }
                    }
                }
            }
        }

        var named = RecordEndpoints.Named(("model", dynamic ? "dynamic" : "static"), ("by", "year"), ("min_minority", "0.025"), ("min_votes", "10"), ("anchor", "USA"));
        AnalysisRequest.Name(named, from, to);
        return ApiOutput.Rows(context, named, rows, ApiJson.Web.ApiResponseIdealRow, whole is null
            ? ["Static ordered-probit fit per year (docs/ideal-points.md): scales of different years are not tied together; the United States is positive.",
               "n: votes the state cast on the roll calls used; lower/upper: 95% interval from the observed information."]
            : [FormattableString.Invariant($"Dynamic ordered-probit fit of the whole record{(whole.Periods.IsEmpty ? "" : $" {whole.Periods[0]}–{whole.Periods[^1]}")} (docs/ideal-points.md; Bailey, Strezhnev and Voeten 2017): each state's position follows a random walk (variance {whole.Options.RandomWalkVariance} a year), recurring resolutions bridge the years, one pooled scale (mean 0, SD 1 over all state-years), so years are comparable; the United States is positive."),
               "lower/upper: 95% interval, estimate ± 1.96 standard errors; the standard error is the observed information of the state's votes combined along its random walk (the smoother's variance), with the roll-call parameters held fixed, so it understates the uncertainty somewhat (a lower bound). n: votes the state cast in the year on the roll calls used.",
               FormattableString.Invariant($"Fit: {whole.RollCallsUsed} roll calls, {whole.VotesUsed} votes; {(whole.Convergence.Converged ? "converged" : "NOT converged")} after {whole.Convergence.Iterations} iterations (change {whole.Convergence.FinalChange:0.0e0}, tolerance {whole.Convergence.Tolerance:0.0e0}).")]);
    }

    private static IdealRow Row(IdealPoint p, bool dynamic) => new(p.State.Iso3, "year", p.Period, dynamic ? "dynamic" : "static", p.Estimate, p.StandardError, p.Lower, p.Upper, p.Votes);

    private static double? Defined(double v) => double.IsNaN(v) ? null : v;

    private static string Citation(Measure m) => $"{MeasureRegistry.Get(m).Name}: {MeasureRegistry.Get(m).Citation}";

    private static string NoteN(AlignmentRequest r) => r.Measure == Measure.Coincidence || r.Options.Abstention == AbstentionScoring.VotesOnly
        ? "n: joint yes/no pairs (abstentions left out); value null when undefined."
        : "n: joint votes (both states voted yes, abstain or no); value null when undefined.";
}
