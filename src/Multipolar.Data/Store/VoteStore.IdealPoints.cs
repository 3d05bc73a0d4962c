using System.Globalization;
using Multipolar.Countries;
using Multipolar.IdealPoints;

namespace Multipolar.Data.Store;

public sealed partial class VoteStore
{
    /// <summary>
    /// Estimated ideal points kept for the dashboard: one row per model (<c>static</c> or <c>dynamic</c>),
    /// period kind, period and state, replaced whenever the same model and periods are estimated again;
    /// dropped by an ingest (they describe the old data). Documented in docs/store.md.
    /// </summary>
    private const string IdealPointTable = """
        CREATE TABLE IF NOT EXISTS ideal_points(
            model VARCHAR NOT NULL, period_kind VARCHAR NOT NULL, period INTEGER NOT NULL, state_id SMALLINT NOT NULL,
            estimate DOUBLE NOT NULL, std_error DOUBLE NOT NULL, votes INTEGER NOT NULL,
            converged BOOLEAN NOT NULL, iterations INTEGER NOT NULL, computed_at TIMESTAMP NOT NULL)
        """;

    /// <summary>Stores fits' points, replacing those of the same model, period kind and periods, in one transaction; returns the rows written.</summary>
    public int WriteIdealPoints(IReadOnlyList<IdealPointFit> fits)
    {
        ArgumentNullException.ThrowIfNull(fits);
        using var tx = connection.BeginTransaction();
        Execute(IdealPointTable);
        var now = DateTime.UtcNow;
        var rows = 0;
        foreach (var fit in fits)
        {
            var model = fit.IsDynamic ? "dynamic" : "static";
            var kind = fit.Options.Period == IdealPointPeriod.Year ? "year" : "session";
            foreach (var period in fit.Periods)
            {
                Execute("DELETE FROM ideal_points WHERE model = $1 AND period_kind = $2 AND period = $3", model, kind, period);
            }

            using var appender = connection.CreateAppender("ideal_points");
            foreach (var p in fit.Points)
            {
                appender.CreateRow().AppendValue(model).AppendValue(kind).AppendValue(p.Period).AppendValue(StateId(p.State))
                    .AppendValue(p.Estimate).AppendValue(p.StandardError).AppendValue(p.Votes)
                    .AppendValue(fit.Convergence.Converged).AppendValue(fit.Convergence.Iterations).AppendValue(now)
                    .EndRow();
                rows++;
            }
        }

        tx.Commit();
        return rows;
    }

    /// <summary>How many ideal points are stored (0 when none were estimated yet).</summary>
    public long StoredIdealPoints() =>
        Convert.ToInt64(Scalar("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'ideal_points'"), CultureInfo.InvariantCulture) == 0
            ? 0
            : Convert.ToInt64(Scalar("SELECT count(*) FROM ideal_points"), CultureInfo.InvariantCulture);

    /// <summary>
    /// The stored points of one model for <paramref name="states"/> in <paramref name="periods"/> (year periods), with
    /// the time of the fit that wrote each; empty when none are stored.
    /// </summary>
    public IReadOnlyList<(IdealPoint Point, DateTime ComputedAt)> ReadIdealPoints(bool dynamic, IReadOnlyCollection<Country> states, IReadOnlyCollection<int> periods)
    {
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(periods);
        if (StoredIdealPoints() == 0 || states.Count == 0 || periods.Count == 0)
        {
            return [];
        }

        var ids = string.Join(",", states.Select(s => StateId(s).ToString(CultureInfo.InvariantCulture)));
        var years = string.Join(",", periods.Select(p => p.ToString(CultureInfo.InvariantCulture)));
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT state_id, period, estimate, std_error, votes, computed_at FROM ideal_points WHERE model = $1 AND period_kind = 'year' AND state_id IN ({ids}) AND period IN ({years})";
        cmd.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter(dynamic ? "dynamic" : "static"));
        using var r = cmd.ExecuteReader();
        var list = new List<(IdealPoint, DateTime)>();
        while (r.Read())
        {
            var state = states.First(s => StateId(s) == r.GetInt16(0));
            list.Add((new IdealPoint(state, r.GetInt32(1), r.GetDouble(2), r.GetDouble(3), r.GetInt32(4)), r.GetDateTime(5)));
        }

        return list;
    }
}
