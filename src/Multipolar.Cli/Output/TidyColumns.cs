using Multipolar.Alignment;

namespace Multipolar.Cli.Output;

/// <summary>
/// The stable snake_case columns that name what a row of an alignment output is (docs/output.md): the two
/// states' ISO3 codes, the period kind and period, the measure and slice, and the measurement options. Every
/// csv/json output of the alignment commands and <c>export dyads</c> use these names, in this order.
/// </summary>
public static class TidyColumns
{
    /// <summary>The keys of a dyad-period value: <c>state_a, state_b, period_kind, period, measure, slice</c>.</summary>
    public static IReadOnlyList<TabularColumn> DyadKeys { get; } =
    [
        new("state_a", "A"), new("state_b", "B"), new("period_kind", "Period kind"), new("period", "Period", true),
        new("measure", "Measure"), new("slice", "Slice"),
    ];

    /// <summary>The value columns: <c>value, n</c>.</summary>
    public static IReadOnlyList<TabularColumn> Value { get; } = [new("value", "Value", true), new("n", "N", true)];

    /// <summary>The option columns: <c>abstention, distance, final_only, window, drop_unanimous</c>.</summary>
    public static IReadOnlyList<TabularColumn> Options { get; } =
    [
        new("abstention", "Abstention"), new("distance", "Distance"), new("final_only", "Final only"),
        new("window", "Window", true), new("drop_unanimous", "Drop unanimous"),
    ];

    /// <summary><c>year</c> or <c>session</c>.</summary>
    public static string PeriodKindKey(PeriodKind kind) => kind == PeriodKind.Year ? "year" : "session";

    /// <summary>The values of <see cref="Options"/> for <paramref name="options"/>.</summary>
    public static object?[] OptionValues(AlignmentOptions options) =>
    [
        options.Abstention switch
        {
            AbstentionScoring.Strict => "strict",
            AbstentionScoring.VotesOnly => "votes-only",
            _ => "soft",
        },
        options.Distance == DistanceMetric.Squared ? "squared" : "absolute",
        options.FinalPassageOnly,
        options.Window,
        options.DropUnanimous,
    ];

    /// <summary>The values of <see cref="DyadKeys"/>.</summary>
    public static object?[] DyadKeyValues(Dyad dyad, AlignmentOptions options, int period, Measure measure, Slice slice) =>
        [dyad.A.Iso3, dyad.B.Iso3, PeriodKindKey(options.Period), period, measure.Key(), slice.Key];

    /// <summary>A tidy table of dyad values: keys, <paramref name="extra"/> columns, value and n, then the options.</summary>
    public static Tabular DyadTable(string title, params TabularColumn[] extra) =>
        new(title, [.. DyadKeys, .. extra, .. Value, .. Options]);

    /// <summary>Adds one dyad value to a <see cref="DyadTable"/> (with the values of its extra columns).</summary>
    public static void AddDyad(Tabular table, Dyad dyad, AlignmentOptions options, int period, Measure measure, Slice slice, MeasureValue value, params object?[] extra)
    {
        ArgumentNullException.ThrowIfNull(table);
        table.Add([.. DyadKeyValues(dyad, options, period, measure, slice), .. extra, value.Value, value.N, .. OptionValues(options)]);
    }
}
