using System.Globalization;
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
                var total = (long)result.Slices.Length * result.Periods.Length;
                long done = 0;
                if (result.Measures.Length != MeasureRegistry.Measures.Length || result.Options with { Period = default } != default)
                {
                    throw new ArgumentException("Materialised alignment values are all measures with default options.", nameof(results));
                }

                var kind = result.Options.Period == PeriodKind.Year ? "year" : "session";
                var ids = result.Dyads.Select(d => (StateId(d.A), StateId(d.B))).ToArray();
                foreach (var slice in result.Slices)
                {
                    foreach (var period in result.Periods)
                    {
                        var n = result.JointCounts(slice, period);
                        var yesNo = result.YesNoCounts(slice, period);
                        var values = MeasureRegistry.Measures.Select(m => result.Values(m, slice, period).ToArray()).ToArray();
                        for (var d = 0; d < n.Length; d++)
                        {
                            if (n[d] == 0)
                            {
                                continue;
                            }

                            var (a, b) = ids[d].Item1 < ids[d].Item2 ? ids[d] : (ids[d].Item2, ids[d].Item1);
                            var row = appender.CreateRow().AppendValue(kind).AppendValue(period).AppendValue(slice.Key)
                                .AppendValue(a).AppendValue(b).AppendValue(n[d]).AppendValue(yesNo[d]);
                            foreach (var v in values)
                            {
                                row.AppendValue(double.IsNaN(v[d]) ? null : v[d]);
                            }

                            row.EndRow();
                            rows++;
                        }

                        progress?.Invoke((double)++done / total);
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
        if (Convert.ToInt64(Scalar("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'alignment_cells'"), CultureInfo.InvariantCulture) == 0)
        {
            return null;
        }

        var column = MeasureRegistry.Get(measure).Key;   // a fixed key from the registry, never request text
        var count = measure == Measure.Coincidence ? "n_yes_no" : "n";
        short x = StateId(a), y = StateId(b);
        var list = new List<PeriodValue>();
        using var r = Query(
            $"SELECT period, {column}, {count} FROM alignment_cells WHERE period_kind = $1 AND slice = $2 AND a = $3 AND b = $4 ORDER BY period",
            kind == PeriodKind.Year ? "year" : "session", slice.Key, Math.Min(x, y), Math.Max(x, y));
        while (r.Read())
        {
            list.Add(new PeriodValue(r.GetInt32(0), new MeasureValue(r.IsDBNull(1) ? double.NaN : r.GetDouble(1), r.GetInt32(2))));
        }

        return list;
    }
}
