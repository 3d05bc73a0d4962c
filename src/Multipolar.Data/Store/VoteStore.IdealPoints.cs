using System.Globalization;
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
}
