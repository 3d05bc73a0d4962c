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
    /// The table of materialised alignment values (written by <c>multipolar precompute</c>): one row per period
    /// kind, slice, treatment of unanimous roll calls and dyad (state ids a &lt; b) with joint votes, holding the
    /// dyad's contingency tables period by period (<see cref="AlignmentSeriesRows"/>), from which every measure
    /// follows. The tables are stored uncompressed: DuckDB's FSST and dictionary analysis of the BLOBs was most of the
    /// write's time and gained little on bytes that are mostly small counts (docs/benchmarks.md). A derived cache, rebuilt whole by <see cref="WriteAlignment(IEnumerable{ContingencyTables}, Action{double}?)"/>; documented in docs/store.md.
    /// </summary>
    private static readonly string AlignmentTable = $"""
        CREATE TABLE alignment_series(
            period_kind {EnumOf(PeriodKinds)} NOT NULL, slice {EnumOf(Slice.Standard.Select(s => s.Key))} NOT NULL, drop_unanimous BOOLEAN NOT NULL,
            a SMALLINT NOT NULL, b SMALLINT NOT NULL, period_from INTEGER NOT NULL, periods SMALLINT NOT NULL, count_bytes UTINYINT NOT NULL,
            tables BLOB NOT NULL USING COMPRESSION uncompressed)
        """;

    /// <summary>The members of the period_kind ENUM, in code order (the stored table's type and the export's).</summary>
    private static string[] PeriodKinds => ["year", "session"];

    /// <summary>Table functions registered on this connection so far (each export registers its own, <see cref="ChunkSource"/>).</summary>
    private static int sources;

    /// <summary>
    /// Replaces the materialised alignment values with <paramref name="tables"/> (standard slices, default options
    /// but for the period kind and <see cref="AlignmentOptions.DropUnanimous"/>) in one transaction; series with no
    /// joint vote are not stored. The tables are enumerated one at a time (a caller may compute each on demand, so
    /// that only one is in memory). Returns the rows written (dyad series) and the tables with joint votes they hold.
    /// </summary>
    /// <remarks>All or nothing: a process killed before the commit leaves the previous table (or none).</remarks>
    public (long Rows, long Cells) WriteAlignment(IEnumerable<ContingencyTables> tables, Action<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        return OnOneThread(() => WriteAlignmentSeries(tables, progress));
    }

    /// <summary>
    /// <see cref="WriteAlignment(IEnumerable{ContingencyTables}, Action{double}?)"/> of the tables that
    /// <paramref name="tabulations"/> compute, in order, each next one computed while the previous one is written
    /// (<see cref="ReadAhead{T}"/>: DuckDB's append is one thread, the engine has the other core); at most two in memory.
    /// </summary>
    public (long Rows, long Cells) WriteAlignment(IReadOnlyList<Func<ContingencyTables>> tabulations, Action<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(tabulations);
        return OnOneThread(() => WriteAlignmentSeries(new ReadAhead<ContingencyTables>([.. tabulations]).Remaining(), progress));
    }

    /// <summary>
    /// Runs <paramref name="write"/> with DuckDB on one thread, then restores its default. For the bulk writes
    /// (precompute's append and checkpoint, export's COPY from a single-threaded source): on two cores DuckDB's
    /// second worker and the client's polling of the pending query cost more CPU than they saved (precompute
    /// 25 s -> 17 s, export: a third of its CPU; docs/benchmarks.md).
    /// </summary>
    private T OnOneThread<T>(Func<T> write)
    {
        Execute("SET threads = 1");
        try
        {
            return write();
        }
        finally
        {
            Execute("RESET threads");
        }
    }

    private (long Rows, long Cells) WriteAlignmentSeries(IEnumerable<ContingencyTables> results, Action<double>? progress)
    {
        using var tx = connection.BeginTransaction();
        Execute("DROP TABLE IF EXISTS alignment_cells");   // the layout before alignment_series (one row per cell, six doubles)
        Execute("DROP TABLE IF EXISTS alignment_series");
        Execute(AlignmentTable);
        long rows = 0, cells = 0;
        using (var appender = new ChunkAppender(connection, "alignment_series"))
        {
            foreach (var result in results)
            {
                if (result.Options with { Period = default, DropUnanimous = false } != default || result.Slices.Any(s => !Slice.Standard.Contains(s)))
                {
                    throw new ArgumentException("Materialised alignment values are over standard slices with default options (by year or session, unanimous votes kept or dropped).", nameof(results));
                }

                var series = new AlignmentSeriesRows(result, StateId);
                rows += appender.Append(chunk =>
                {
                    var n = series.Fill(chunk);
                    progress?.Invoke(series.Fraction);
                    return n;
                });
                cells += series.Cells;
            }
        }

        Execute("INSERT OR REPLACE INTO meta VALUES ('alignment_computed_at', $1)", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        HoldForCrashTest();
        tx.Commit();
        return (rows, cells);
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
        return ExportAlignmentUnits([.. result.Slices], [() => result], path);
    }

    /// <summary>
    /// Writes the results of <paramref name="compute"/> for each of <paramref name="slices"/> (one result per
    /// slice, all with the same measures, options and dyads) as one file in the layout of
    /// <see cref="ExportAlignment(AlignmentResult, string)"/>, the same rows in the same order, computing the
    /// next slice while the previous one is written (<see cref="ReadAhead{T}"/>: the write is one DuckDB thread,
    /// the engine has the other core) with at most two slices' results in memory. Returns the rows written.
    /// </summary>
    /// <exception cref="ArgumentException">A result is not of its one slice (thrown as the cause of a <see cref="StoreException"/> once the write has begun).</exception>
    public long ExportAlignment(IReadOnlyList<Slice> slices, Func<Slice, AlignmentResult> compute, string path)
    {
        ArgumentNullException.ThrowIfNull(slices);
        ArgumentNullException.ThrowIfNull(compute);
        var ordered = slices.Distinct().OrderBy(s => s.Key, StringComparer.Ordinal).ToArray();
        return ExportAlignmentUnits(ordered, [.. ordered.Select(s => (Func<AlignmentResult>)(() => compute(s) is { Slices: [var only] } r && only == s
            ? r
            : throw new ArgumentException($"The result computed for the slice {s.Key} is not of that slice alone.", nameof(compute))))], path);
    }

    /// <summary>The export of <paramref name="units"/>' results in order, whose slices together are <paramref name="slices"/>.</summary>
    private long ExportAlignmentUnits(Slice[] slices, Func<AlignmentResult>[] units, string path)
    {
        if (slices.Length == 0)
        {
            throw new ArgumentException("Give at least one slice.", nameof(slices));
        }

        // The rows stream from the engine's arrays into the COPY through a table function (no scratch table), in
        // the arrays' own order (slice, period, then state_a, state_b): no join, no sort, one sequential pass. The
        // states are an ENUM of their ISO3 codes; ENUM columns are written as strings (Parquet: dictionary-encoded
        // strings, which arrow reads as a factor/category).
        var ordered = slices.OrderBy(s => s.Key, StringComparer.Ordinal).ToArray();
        var ahead = new ReadAhead<AlignmentResult>(units);
        var (measureList, options0, dyads) = (ahead.First.Measures, ahead.First.Options, ahead.First.Dyads);
        var measures = measureList.Select(m => m.Key()).ToArray();   // registry keys, never request text
        var states = dyads.SelectMany(d => new[] { d.A.Iso3, d.B.Iso3 }).Distinct().Order(StringComparer.Ordinal).ToArray();
        var code = states.Select((iso3, i) => (iso3, i)).ToDictionary(x => x.iso3, x => x.i, StringComparer.Ordinal);
        AlignmentCells? cells = null;
        int Fill(ChunkColumns chunk)
        {
            while (true)
            {
                if (cells is null)
                {
                    if (ahead.Next() is not { } next)
                    {
                        return 0;
                    }

                    if (!next.Measures.SequenceEqual(measureList) || next.Options != options0 || !next.Dyads.SequenceEqual(dyads))
                    {
                        throw new ArgumentException("Every slice's result must have the first one's measures, options and dyads.", nameof(units));
                    }

                    cells = new AlignmentCells(next, ordered, d => (code[d.A.Iso3], code[d.B.Iso3]), byteStates: states.Length <= byte.MaxValue);
                }

                // A result's last chunk may be short; the next result's rows start a new one.
                var n = cells.Fill(chunk);
                if (n > 0)
                {
                    return n;
                }

                cells = null;
            }
        }

        (string, IntPtr)[] columns =
        [
            ("period_kind", DuckDBNative.CreateEnumType(PeriodKinds)),
            ("period", DuckDBNative.CreateLogicalType(DuckDBNative.TypeId.Integer)),
            ("slice", DuckDBNative.CreateEnumType(ordered.Select(s => s.Key).ToArray())),
            ("state_a", DuckDBNative.CreateEnumType(states)),
            ("state_b", DuckDBNative.CreateEnumType(states)),
            ("n", DuckDBNative.CreateLogicalType(DuckDBNative.TypeId.Integer)),
            ("n_yes_no", DuckDBNative.CreateLogicalType(DuckDBNative.TypeId.Integer)),
            .. measures.Select(m => (m, DuckDBNative.CreateLogicalType(DuckDBNative.TypeId.Double))),
        ];
        using var source = new ChunkSource(connection, $"multipolar_export_dyads_{Interlocked.Increment(ref sources)}", columns, Fill);

        var o = options0;
        var abstention = o.Abstention switch { AbstentionScoring.Strict => "strict", AbstentionScoring.VotesOnly => "votes-only", _ => "soft" };
        var options = string.Create(CultureInfo.InvariantCulture,
            $"{Constant(abstention)} AS abstention, {Constant(o.Distance == DistanceMetric.Squared ? "squared" : "absolute")} AS distance, {o.FinalPassageOnly} AS final_only, {o.Window} AS window, {o.DropUnanimous} AS drop_unanimous");
        return OnOneThread(() => CopyTo($"""
            SELECT state_a, state_b, period_kind, period, slice, n, n_yes_no{string.Concat(measures.Select(m => $", {m}"))}, {options}
            FROM {source.Name}()
            """, path, source));
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

        short x = StateId(a), y = StateId(b);
        DuckDBDataReader r;
        try
        {
            r = Query(
                "SELECT period_from, periods, count_bytes, tables FROM alignment_series WHERE period_kind = $1 AND slice = $2 AND a = $3 AND b = $4 AND drop_unanimous = $5",
                kind == PeriodKind.Year ? "year" : "session", slice.Key, Math.Min(x, y), Math.Max(x, y), dropUnanimous);
        }
        catch (DuckDBException e) when (e.ErrorType == DuckDBErrorType.Catalog || e.Message.StartsWith("Catalog Error", StringComparison.Ordinal)
            || e.Message.StartsWith("Binder Error", StringComparison.Ordinal))
        {
            // No alignment_series table (never precomputed, dropped by an ingest, or a store precomputed by an
            // older Multipolar into alignment_cells): the only catalog object the query names. Cheaper than asking
            // duckdb_tables() first (≈ 10 ms on every call). DuckDB.NET reports errors raised while preparing
            // with ErrorType Invalid, hence the message test.
            return null;
        }

        // The measure from each table with the default options, as the engine evaluates it (every measure is
        // symmetric in the two states, so the stored orientation, rows a's votes, does not change it).
        using (r)
        {
            if (!r.Read())
            {
                return [];
            }

            using var blob = new MemoryStream();
            r.GetStream(3).CopyTo(blob);
            return [.. AlignmentSeriesRows.Decode(r.GetInt32(0), r.GetInt16(1), r.GetByte(2), blob.ToArray())
                .Select(t => new PeriodValue(t.Period, MeasureFormulas.Evaluate(measure, t.Table)))];
        }
    }

    /// <summary>A constant string column as a one-member ENUM: written like a string, without hashing it on every row.</summary>
    private static string Constant(string word) => $"CAST('{word}' AS {EnumOf([word])})";

    /// <summary>An ENUM type of the given keys (issue codes and fixed words; quotes doubled all the same).</summary>
    private static string EnumOf(IEnumerable<string> keys) =>
        "ENUM(" + string.Join(", ", keys.Select(k => "'" + k.Replace("'", "''", StringComparison.Ordinal) + "'")) + ")";
}
