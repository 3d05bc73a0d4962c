using System.Globalization;
using System.Runtime.InteropServices;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using Multipolar.Alignment;
using Multipolar.Countries;

namespace Multipolar.Data.Store;

public sealed partial class VoteStore
{
    /// <summary>
    /// The table of materialised alignment values (written by <c>multipolar precompute</c>): one row per
    /// period kind, period, slice, dyad (state ids a &lt; b) and treatment of unanimous roll calls, with the
    /// joint-vote counts and every measure. A derived cache, rebuilt whole by <see cref="WriteAlignment"/>;
    /// documented in docs/store.md.
    /// </summary>
    private static readonly string AlignmentTable = $"""
        CREATE TABLE alignment_cells(
            period_kind {PeriodKindEnum} NOT NULL, period INTEGER NOT NULL, slice {EnumOf(Slice.Standard.Select(s => s.Key))} NOT NULL,
            a SMALLINT NOT NULL, b SMALLINT NOT NULL, n INTEGER NOT NULL, n_yes_no INTEGER NOT NULL,
            identity DOUBLE, agree DOUBLE, coincidence DOUBLE, s DOUBLE, kappa DOUBLE, pi DOUBLE, drop_unanimous BOOLEAN NOT NULL)
        """;

    private const string PeriodKindEnum = "ENUM('year', 'session')";

    /// <summary>
    /// Replaces the materialised alignment values with <paramref name="results"/> (all measures, standard
    /// slices, default options but for the period kind and <see cref="AlignmentOptions.DropUnanimous"/>) in one
    /// transaction; cells with no joint vote are not stored. The results are enumerated one at a time (a caller
    /// may compute each on demand, so that only one is in memory). Returns the rows written.
    /// </summary>
    /// <remarks>All or nothing: a process killed before the commit leaves the previous table (or none).</remarks>
    public long WriteAlignment(IEnumerable<AlignmentResult> results, Action<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        using var tx = connection.BeginTransaction();
        Execute("DROP TABLE IF EXISTS alignment_cells");
        Execute(AlignmentTable);
        long rows = 0;
        using (var appender = new ChunkAppender(connection, "alignment_cells"))
        {
            foreach (var result in results)
            {
                if (result.Measures.Length != MeasureRegistry.Measures.Length || !result.Measures.SequenceEqual(MeasureRegistry.Measures)
                    || result.Options with { Period = default, DropUnanimous = false } != default
                    || result.Slices.Any(s => !Slice.Standard.Contains(s)))
                {
                    throw new ArgumentException("Materialised alignment values are all measures over standard slices with default options (by year or session, unanimous votes kept or dropped).", nameof(results));
                }

                rows += AppendCells(appender, result, Slice.Standard, result.Options.DropUnanimous, progress);
            }
        }

        Execute("INSERT OR REPLACE INTO meta VALUES ('alignment_computed_at', $1)", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        HoldForCrashTest();
        tx.Commit();
        return rows;
    }

    /// <summary>
    /// Writes an alignment result in the tidy layout of <c>export dyads</c> (docs/output.md): one row per dyad,
    /// period and slice with joint votes, <c>state_a, state_b, period_kind, period, slice, n, n_yes_no</c>, one
    /// column per computed measure, then the options. Through a temporary file renamed over
    /// <paramref name="path"/> (<see cref="CopyTo"/>). Returns the rows written.
    /// </summary>
    public long ExportAlignment(AlignmentResult result, string path)
    {
        ArgumentNullException.ThrowIfNull(result);
        var measures = result.Measures.Select(m => m.Key()).ToArray();   // registry keys, never request text

        // A scratch table inside a transaction that is rolled back: nothing of it ever reaches the store file.
        // The states are an ENUM of their ISO3 codes and the rows are appended in the order of the file
        // (state_a, state_b, slice, period), so that the COPY is a plain scan: no join, no sort.
        var states = result.Dyads.SelectMany(d => new[] { d.A.Iso3, d.B.Iso3 }).Distinct().Order(StringComparer.Ordinal).ToArray();
        var sliceOrder = result.Slices.Select(s => s.Key).Order(StringComparer.Ordinal).ToArray();
        using var tx = connection.BeginTransaction();
        Execute($"""
            CREATE TABLE export_dyads(period_kind {PeriodKindEnum}, period INTEGER, slice {EnumOf(sliceOrder)},
                state_a {EnumOf(states)}, state_b {EnumOf(states)}, n INTEGER, n_yes_no INTEGER{string.Concat(measures.Select(m => $", {m} DOUBLE"))})
            """);
        using (var appender = new ChunkAppender(connection, "export_dyads"))
        {
            var code = states.Select((iso3, i) => (iso3, i)).ToDictionary(x => x.iso3, x => x.i, StringComparer.Ordinal);
            var slices = result.Slices.OrderBy(s => s.Key, StringComparer.Ordinal).ToArray();
            AppendCells(appender, result, slices, dropUnanimous: null, progress: null, d => (code[d.A.Iso3], code[d.B.Iso3]), states.Length);
        }

        var o = result.Options;
        var abstention = o.Abstention switch { AbstentionScoring.Strict => "strict", AbstentionScoring.VotesOnly => "votes-only", _ => "soft" };
        var options = string.Create(CultureInfo.InvariantCulture,
            $"'{abstention}' AS abstention, '{(o.Distance == DistanceMetric.Squared ? "squared" : "absolute")}' AS distance, {o.FinalPassageOnly} AS final_only, {o.Window} AS window, {o.DropUnanimous} AS drop_unanimous");
        var rows = CopyTo($"""
            SELECT state_a::VARCHAR AS state_a, state_b::VARCHAR AS state_b, period_kind::VARCHAR AS period_kind, period, slice::VARCHAR AS slice,
                n, n_yes_no{string.Concat(measures.Select(m => $", {m}"))}, {options}
            FROM export_dyads
            """, path);
        tx.Rollback();
        return rows;
    }

    /// <summary>
    /// A dyad's materialised series for one measure and slice, or null when <c>precompute</c> has not been
    /// run. Periods without joint votes are absent.
    /// </summary>
    public IReadOnlyList<PeriodValue>? AlignmentSeries(Country a, Country b, Measure measure, Slice slice, PeriodKind kind) =>
        AlignmentSeries(a, b, measure, slice, kind, dropUnanimous: false);

    /// <summary>
    /// A dyad's materialised series for one measure and slice, unanimous roll calls kept or left out, or null
    /// when <c>precompute</c> has not been run or has not stored that variant (it stores unanimous votes left
    /// out for the slice <c>all</c> only). Periods without joint votes are absent.
    /// </summary>
    public IReadOnlyList<PeriodValue>? AlignmentSeries(Country a, Country b, Measure measure, Slice slice, PeriodKind kind, bool dropUnanimous)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!Slice.Standard.Contains(slice) || (dropUnanimous && slice != Slice.All))
        {
            return null;
        }

        var column = MeasureRegistry.Get(measure).Key;   // a fixed key from the registry, never request text
        var count = measure == Measure.Coincidence ? "n_yes_no" : "n";
        short x = StateId(a), y = StateId(b);
        var list = new List<PeriodValue>();
        DuckDBDataReader r;
        try
        {
            r = Query(
                $"SELECT period, {column}, {count} FROM alignment_cells WHERE period_kind = $1 AND slice = $2 AND a = $3 AND b = $4 AND drop_unanimous = $5 ORDER BY period",
                kind == PeriodKind.Year ? "year" : "session", slice.Key, Math.Min(x, y), Math.Max(x, y), dropUnanimous);
        }
        catch (DuckDBException e) when (e.ErrorType == DuckDBErrorType.Catalog || e.Message.StartsWith("Catalog Error", StringComparison.Ordinal)
            || e.Message.StartsWith("Binder Error", StringComparison.Ordinal))
        {
            // No alignment_cells table (never precomputed, or dropped by an ingest), or one written by an older
            // Multipolar without drop_unanimous: the only catalog objects the query names. Cheaper than asking
            // duckdb_tables() first (≈ 10 ms on every call). DuckDB.NET reports errors raised while preparing
            // with ErrorType Invalid, hence the message test.
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

    /// <summary>
    /// Appends the cells of <paramref name="result"/> with joint votes, dyad-major (a, b, slice, period), through
    /// the columnar path: columns period_kind (ENUM code), period, slice (code = index in <paramref name="sliceCodes"/>),
    /// a, b, n, n_yes_no, the result's measures in order (NULL when undefined), then drop_unanimous when given.
    /// Dyad-major order puts one dyad's series in one or two of DuckDB's row groups, whose min/max statistics on
    /// a and b let <see cref="AlignmentSeries(Country, Country, Measure, Slice, PeriodKind, bool)"/> skip the rest.
    /// </summary>
    private long AppendCells(
        ChunkAppender appender,
        AlignmentResult result,
        IReadOnlyList<Slice> sliceCodes,
        bool? dropUnanimous,
        Action<double>? progress,
        Func<Dyad, (int A, int B)>? stateCodes = null,
        int stateCount = 0)
    {
        var (dyads, slices, periods, measures) = (result.Dyads.Length, result.Slices.Length, result.Periods.Length, result.Measures.Length);
        var ids = new (short A, short B)[dyads];
        for (var d = 0; d < dyads; d++)
        {
            var (x, y) = stateCodes is null ? (StateId(result.Dyads[d].A), StateId(result.Dyads[d].B)) : stateCodes(result.Dyads[d]);
            ids[d] = x < y ? ((short)x, (short)y) : ((short)y, (short)x);
        }

        // State columns: SMALLINT store ids, or ENUM codes (one byte up to 255 values, DuckDB's UTINYINT, else two).
        var bytes = stateCodes is not null && stateCount <= byte.MaxValue;
        var order = Enumerable.Range(0, dyads).OrderBy(d => ids[d].A).ThenBy(d => ids[d].B).ToArray();
        var codes = result.Slices.Select(s => (byte)IndexOf(sliceCodes, s)).ToArray();
        var sliceOrder = Enumerable.Range(0, slices).OrderBy(s => codes[s]).ToArray();
        var values = result.Measures.Select(m => MemoryMarshal.TryGetArray(result.AllValues(m), out var segment) && segment.Offset == 0
            ? segment.Array!
            : result.AllValues(m).ToArray()).ToArray();
        var joint = result.AllJointCounts().Span;
        var yesNo = result.AllYesNoCounts().Span;
        var kind = (byte)(result.Options.Period == PeriodKind.Year ? 0 : 1);
        var capacity = appender.Capacity;
        var first = 7;
        long rows = 0;
        var row = 0;
        for (var k = 0; k < dyads; k++)
        {
            var d = order[k];
            foreach (var s in sliceOrder)
            {
                for (var p = 0; p < periods; p++)
                {
                    var i = (((s * periods) + p) * dyads) + d;
                    if (joint[i] == 0)
                    {
                        continue;
                    }

                    appender.Column<byte>(0)[row] = kind;
                    appender.Column<int>(1)[row] = result.Periods[p];
                    appender.Column<byte>(2)[row] = codes[s];
                    if (bytes)
                    {
                        appender.Column<byte>(3)[row] = (byte)ids[d].A;
                        appender.Column<byte>(4)[row] = (byte)ids[d].B;
                    }
                    else
                    {
                        appender.Column<short>(3)[row] = ids[d].A;
                        appender.Column<short>(4)[row] = ids[d].B;
                    }

                    appender.Column<int>(5)[row] = joint[i];
                    appender.Column<int>(6)[row] = yesNo[i];
                    for (var m = 0; m < measures; m++)
                    {
                        var v = values[m][i];
                        appender.Column<double>(first + m)[row] = v;
                        if (double.IsNaN(v))
                        {
                            appender.SetNull(first + m, row);
                        }
                    }

                    if (dropUnanimous is bool drop)
                    {
                        appender.Column<bool>(first + measures)[row] = drop;
                    }

                    if (++row == capacity)
                    {
                        appender.Flush(row);
                        rows += row;
                        row = 0;
                    }
                }
            }

            if (k % 256 == 0 || k == dyads - 1)
            {
                progress?.Invoke((double)(k + 1) / dyads);
            }
        }

        appender.Flush(row);
        return rows + row;
    }

    private static int IndexOf(IReadOnlyList<Slice> slices, Slice slice)
    {
        for (var i = 0; i < slices.Count; i++)
        {
            if (slices[i] == slice)
            {
                return i;
            }
        }

        throw new ArgumentException($"Slice '{slice}' is not one of {string.Join(", ", slices)}.", nameof(slice));
    }

    /// <summary>An ENUM type of the given keys (issue codes and fixed words; quotes doubled all the same).</summary>
    private static string EnumOf(IEnumerable<string> keys) =>
        "ENUM(" + string.Join(", ", keys.Select(k => "'" + k.Replace("'", "''", StringComparison.Ordinal) + "'")) + ")";
}
