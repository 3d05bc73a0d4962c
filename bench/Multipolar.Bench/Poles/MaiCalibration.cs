using System.Globalization;
using MathNet.Numerics.Statistics;
using Multipolar.Alignment;
using Multipolar.Countries;
using Multipolar.Data.Store;
using Multipolar.Poles;

namespace Multipolar.Bench.Poles;

/// <summary>
/// Calibration of the multi-alignment threshold against <see cref="MultiAlignmentNull"/> (docs/analytics.md,
/// "Calibration of the classification"): the pooled null's quantiles over every state and year, the observed index's,
/// and the count of multi-aligned states in 2019 and 2023 under the minimum votes per area and the engine's variants.
/// <c>MULTIPOLAR_DB=&lt;store&gt; dotnet run --project bench/Multipolar.Bench -c Release -- mai-calibration [replicates]</c>.
/// </summary>
internal static class MaiCalibration
{
    public static void Run(string[] args)
    {
        var replicates = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        var db = Environment.GetEnvironmentVariable("MULTIPOLAR_DB") ?? throw new InvalidOperationException("Set MULTIPOLAR_DB to a store.");
        using var store = VoteStore.Open(db, CountryReference.Default, readOnly: true);
        var votes = store.LoadMatrix(new MatrixQuery { WithText = false });
        var query = MultiAlignment.QueryFor(PoleSet.Default, Measure.Agreement, default, null, null);
        var table = PoleProfiles.Compute(votes, query);
        Console.WriteLine(FormattableString.Invariant($"{table.States.Length} states, {table.Periods.Length} years ({table.Periods[0]}–{table.Periods[^1]}), {replicates} null replicates per state-year"));
        foreach (var minVotes in new[] { 5, 10, 20 })
        {
            var options = MultiAlignmentOptions.Default with { MinVotes = minVotes };
            var nulls = MultiAlignmentNull.Pooled(table, replicates, 0, options).ToArray();
            var observed = table.Periods.SelectMany(p => table.States.Select(s => MultiAlignment.Classify(table, s, p, options).Index)).Where(x => !double.IsNaN(x)).ToArray();
            Console.WriteLine(FormattableString.Invariant(
                $"min votes {minVotes}: null ({nulls.Length} draws) q50 {nulls.Median():0.000} q90 {nulls.Quantile(0.90):0.000} q95 {nulls.Quantile(0.95):0.000} q99 {nulls.Quantile(0.99):0.000}; observed ({observed.Length} state-years) q50 {observed.Median():0.000} q90 {observed.Quantile(0.90):0.000} q95 {observed.Quantile(0.95):0.000}"));
            foreach (var threshold in new[] { 0.15, nulls.Quantile(0.95), nulls.Quantile(0.99) })
            {
                var o = options with { MultiAlignedThreshold = threshold };
                var counts = new[] { 1985, 2000, 2019, 2023 }.Select(y => table.Periods.Contains(y) ? MultiAlignment.Rank(table, y, o).Count(v => v.Class == AlignmentClass.MultiAligned) : -1);
                var share = observed.Count(x => x >= threshold) / (double)observed.Length;
                Console.WriteLine(FormattableString.Invariant($"  threshold {threshold:0.000}: multi-aligned in 1985/2000/2019/2023: {string.Join("/", counts)}; all state-years {share:P1}"));
            }
        }

        // Stability under the engine's measurement choices, at the default options (the calibrated threshold).
        foreach (var year in new[] { 2019, 2023 })
        {
            var stability = MultiAlignment.Stability(votes, query, year);
            var variants = SensitivityVariant.Around(default);
            var perVariant = variants.Select((v, i) => $"{v.Name}={stability.Count(s => s.Labels.Split(' ')[i].EndsWith("=multi-aligned", StringComparison.Ordinal))}");
            var stable = stability.Count(s => s.Agreeing == s.Variants);
            var multi = stability.Where(s => s.Baseline == "multi-aligned").ToArray();
            Console.WriteLine(FormattableString.Invariant(
                $"{year}: {stability.Length} states, class the same under all {variants.Count} variants for {stable} ({stable / (double)stability.Length:P0}); multi-aligned per variant: {string.Join(" ", perVariant)}; baseline multi-aligned: {string.Join(",", multi.Select(s => $"{s.State.Iso3}({s.Agreeing}/{s.Variants})"))}"));
        }
    }
}
