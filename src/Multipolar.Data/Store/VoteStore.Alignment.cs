using System.Globalization;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using Multipolar.Alignment;
using Multipolar.Countries;

namespace Multipolar.Data.Store;

public sealed partial class VoteStore
{
    /// <summary>
    /// The table of materialised alignment values (written by <c>multipolar precompute</c>): one row per
    /// period kind, period, slice and dyad (state ids a &lt; b), with the joint-vote counts and every measure.
    /// A derived cache, rebuilt whole by <see cref="WriteAlignment"/>; documented in docs/store.md.
    /// </summary>
    private const string AlignmentTable = """
        CREATE TABLE IF NOT EXISTS alignment_cells(
            period_kind VARCHAR NOT NULL, period INTEGER NOT NULL, slice VARCHAR NOT NULL,
            a SMALLINT NOT NULL, b SMALLINT NOT NULL, n INTEGER NOT NULL, n_yes_no INTEGER NOT NULL,
            identity DOUBLE, agree DOUBLE, coincidence DOUBLE, s DOUBLE, kappa DOUBLE, pi DOUBLE)
        """;

    /// <summary>
    /// Replaces the materialised alignment values with <paramref name="results"/> (all measures, computed
    /// with default options but for the period kind) in one transaction; cells with no joint vote are
    /// not stored. The results are enumerated one at a time (a caller may compute each on demand, so that
    /// only one is in memory). Returns the rows written.
    /// </summary>
    public long WriteAlignment(IEnumerable<AlignmentResult> results, Action<double>? progress = null)
    {
        using var tx = connection.BeginTransaction();
        Execute("DROP TABLE IF EXISTS alignment_cells");
        Execute(AlignmentTable);
        long rows = 0;
        using (var appender = connection.CreateAppender("alignment_cells"))
        {
            foreach (var result in results)
            {
                if (result.Measures.Length != MeasureRegistry.Measures.Length || result.Options with { Period = default } != default)
                {
                    throw new ArgumentException("Materialised alignment values are all measures with default options.", nameof(results));
                }

                var kind = result.Options.Period == PeriodKind.Year ? "year" : "session";
                var (dyads, slices, periods) = (result.Dyads.Length, result.Slices.Length, result.Periods.Length);
                var ids = new (short A, short B)[dyads];
                for (var d = 0; d < dyads; d++)
                {
                    short x = StateId(result.Dyads[d].A), y = StateId(result.Dyads[d].B);
                    ids[d] = x < y ? (x, y) : (y, x);
                }

                // Dyad-major order (a, b, slice, period): one dyad's series then lies in one or two of
                // DuckDB's row groups, whose min/max statistics on a and b let AlignmentSeries skip the rest.
                var order = Enumerable.Range(0, dyads).OrderBy(d => ids[d].A).ThenBy(d => ids[d].B).ToArray();
                var values = MeasureRegistry.Measures.Select(result.AllValues).ToArray();
                var joint = result.AllJointCounts();
                var yesNo = result.AllYesNoCounts();
                for (var k = 0; k < dyads; k++)
                {
                    var d = order[k];
                    for (var s = 0; s < slices; s++)
                    {
                        var sliceKey = result.Slices[s].Key;
                        for (var p = 0; p < periods; p++)
                        {
                            var i = (((s * periods) + p) * dyads) + d;
                            var n = joint.Span[i];
                            if (n == 0)
                            {
                                continue;
                            }

                            var row = appender.CreateRow().AppendValue(kind).AppendValue(result.Periods[p]).AppendValue(sliceKey)
                                .AppendValue(ids[d].A).AppendValue(ids[d].B).AppendValue(n).AppendValue(yesNo.Span[i]);
                            foreach (var v in values)
                            {
                                var value = v.Span[i];
                                row.AppendValue(double.IsNaN(value) ? null : value);
                            }

                            row.EndRow();
                            rows++;
                        }
                    }

                    if (k % 256 == 0 || k == dyads - 1)
                    {
                        progress?.Invoke((double)(k + 1) / dyads);
                    }
                }
            }
        }

        Execute("INSERT OR REPLACE INTO meta VALUES ('alignment_computed_at', $1)", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        tx.Commit();
        return rows;
    }

    /// <summary>
    /// A dyad's materialised series for one measure and slice, or null when <c>precompute</c> has not been
    /// run. Periods without joint votes are absent.
    /// </summary>
    public IReadOnlyList<PeriodValue>? AlignmentSeries(Country a, Country b, Measure measure, Slice slice, PeriodKind kind)
    {
        var column = MeasureRegistry.Get(measure).Key;   // a fixed key from the registry, never request text
        var count = measure == Measure.Coincidence ? "n_yes_no" : "n";
        short x = StateId(a), y = StateId(b);
        var list = new List<PeriodValue>();
        DuckDBDataReader r;
        try
        {
            r = Query(
                $"SELECT period, {column}, {count} FROM alignment_cells WHERE period_kind = $1 AND slice = $2 AND a = $3 AND b = $4 ORDER BY period",
                kind == PeriodKind.Year ? "year" : "session", slice.Key, Math.Min(x, y), Math.Max(x, y));
        }
        catch (DuckDBException e) when (e.ErrorType == DuckDBErrorType.Catalog || e.Message.StartsWith("Catalog Error", StringComparison.Ordinal))
        {
            // No alignment_cells table (never precomputed, or dropped by an ingest): the only catalog
            // object the query names. Cheaper than asking duckdb_tables() first (≈ 10 ms on every call).
            // DuckDB.NET reports errors raised while preparing with ErrorType Invalid, hence the message test.
            return null;
        }

        using (r)
        {
            while (r.Read())
            {
                list.Add(new PeriodValue(r.GetInt32(0), new MeasureValue(r.IsDBNull(1) ? double.NaN : r.GetDouble(1), r.GetInt32(2))));
            }
        }

        return list;
    }
}
