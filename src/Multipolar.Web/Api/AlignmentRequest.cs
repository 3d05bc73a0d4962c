using System.Collections.Immutable;
using System.Globalization;
using Multipolar.Alignment;
using Multipolar.Countries;
using Multipolar.Web.Snapshots;

namespace Multipolar.Web.Api;

/// <summary>The measurement choices of an alignment request, parsed and checked, with the options dictionary every response names.</summary>
internal sealed record AlignmentRequest(Measure Measure, ImmutableArray<Slice> Slices, AlignmentOptions Options, Dictionary<string, string> Named)
{
    public string PeriodKind => Options.Period == Alignment.PeriodKind.Year ? "year" : "session";

    public static AlignmentRequest Read(QueryReader q, ApiParameter sliceParameter)
    {
        var measure = MeasureRegistry.Parse(q.Choice(P.Measure, DefaultMeasure));
        var slices = new List<Slice>();
        foreach (var key in (q.Text(sliceParameter) ?? DefaultSlice).Split(',', StringSplitOptions.TrimEntries))
        {
            try
            {
                slices.Add(Slice.Parse(key));
            }
            catch (FormatException)
            {
                throw ApiException.BadParameter(sliceParameter.Name, $"'{sliceParameter.Name}' has '{QueryReader.Clip(key)}', which is not a slice.", sliceParameter.Valid);
            }
        }

        if (slices.Count > 20 || (!sliceParameter.List && slices.Count > 1))
        {
            throw ApiException.BadParameter(sliceParameter.Name, $"'{sliceParameter.Name}' takes {(sliceParameter.List ? "at most 20 slices" : "one slice")}.", sliceParameter.Valid);
        }

        return Create(measure, slices, q.Choice(P.By, DefaultBy), q.Choice(P.Abstention, DefaultAbstention), q.Choice(P.Distance, DefaultDistance), q.Flag(P.FinalOnly),
            q.Int(P.Window) ?? DefaultWindow, q.Flag(P.DropUnanimous));
    }

    /// <summary>The request with no measurement parameter given: what the map and matrix pages ask for first.</summary>
    public static AlignmentRequest Default() =>
        Create(MeasureRegistry.Parse(DefaultMeasure), [Slice.Parse(DefaultSlice)], DefaultBy, DefaultAbstention, DefaultDistance, false, DefaultWindow, false);

    // What a request that leaves a measurement parameter out gets (Read and Default).
    private const string DefaultMeasure = "agree", DefaultSlice = "all", DefaultBy = "year", DefaultAbstention = "soft", DefaultDistance = "absolute";
    private const int DefaultWindow = 1;

    private static AlignmentRequest Create(Measure measure, List<Slice> slices, string by, string abstention, string distance, bool final, int window, bool dropUnanimous)
    {
        var options = new AlignmentOptions
        {
            Period = by == "session" ? Alignment.PeriodKind.Session : Alignment.PeriodKind.Year,
            Abstention = abstention switch { "strict" => AbstentionScoring.Strict, "votes-only" => AbstentionScoring.VotesOnly, _ => AbstentionScoring.Soft },
            Distance = distance == "squared" ? DistanceMetric.Squared : DistanceMetric.Absolute,
            FinalPassageOnly = final,
            Window = window,
            DropUnanimous = dropUnanimous,
        };
        var named = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["measure"] = measure.Key(),
            ["slice"] = string.Join(",", slices.Distinct().Select(s => s.Key)),
            ["by"] = by,
            ["abstention"] = abstention,
            ["distance"] = distance,
            ["final_only"] = final ? "true" : "false",
            ["window"] = window.ToString(CultureInfo.InvariantCulture),
            ["drop_unanimous"] = dropUnanimous ? "true" : "false",
        };
        return new AlignmentRequest(measure, [.. slices.Distinct()], options, named);
    }

    /// <summary>A period the snapshot has roll calls in, else a 400 naming the parameter and the valid range.</summary>
    public int CheckPeriod(DataSnapshot snapshot, ApiParameter parameter, int period)
    {
        var periods = snapshot.Periods(Options.Period);
        if (!periods.Contains(period))
        {
            throw ApiException.BadParameter(parameter.Name,
                periods.IsEmpty
                    ? "The store holds no roll calls yet."
                    : $"'{parameter.Name}' is {period}, a {PeriodKind} without General Assembly roll calls in the store; {PeriodKind}s run {periods[0]} to {periods[^1]}.",
                periods.IsEmpty ? [] : [$"{periods[0]}..{periods[^1]}"]);
        }

        return period;
    }
}

/// <summary>Resolves the states a request names, with the command line's messages; 404 with suggestions when unknown.</summary>
internal static class StateLookup
{
    public static Country Resolve(DataSnapshot snapshot, string parameter, string text, bool mustHaveVotes = true)
    {
        Country state;
        try
        {
            state = DataSnapshot.Reference.Resolve(text);
        }
        catch (CountryLookupException e)
        {
            var suggestions = e.IsAmbiguous
                ? e.Candidates.Select(c => c.Iso3).ToArray()
                : DataSnapshot.Reference.Search(text.Length > 3 ? text[..3] : text).Take(5).Select(c => c.Iso3).ToArray();
            throw new ApiException(e.IsAmbiguous ? 400 : 404, e.IsAmbiguous ? "Ambiguous country" : "Unknown country", e.Message
                .Replace($"'multipolar countries --search {text}'", $"/api/v1/countries?search={Uri.EscapeDataString(QueryReader.Clip(text))}", StringComparison.Ordinal),
                parameter, suggestions);
        }

        if (mustHaveVotes && snapshot.Votes.IndexOf(state) < 0)
        {
            throw new ApiException(404, "No votes", $"{state.Name} ({state.Iso3}) has no General Assembly votes in the store.", parameter, []);
        }

        return state;
    }
}
