using Multipolar.Countries;
using Multipolar.IdealPoints;

namespace Multipolar.Data.Store;

public sealed partial class VoteStore
{
    /// <summary>
    /// Writes the points of <paramref name="fits"/> (the ideal-point panel) in the tidy layout of
    /// <c>export ideal</c> (docs/output.md): <c>state, name, model, period_kind, period, estimate, std_error,
    /// lower, upper, votes, uncertainty, converged</c>, one row per state and period, through a temporary file
    /// renamed over <paramref name="path"/>. Only the states of <paramref name="states"/> when given. Returns the rows written.
    /// </summary>
    public long ExportIdealPoints(IReadOnlyList<IdealPointFit> fits, string path, IReadOnlySet<Country>? states = null)
    {
        ArgumentNullException.ThrowIfNull(fits);

        // A scratch table inside a transaction that is rolled back: nothing of it reaches the store file.
        using var tx = connection.BeginTransaction();
        Execute("""
            CREATE TABLE export_ideal(state VARCHAR, name VARCHAR, model VARCHAR, period_kind VARCHAR, period INTEGER,
                estimate DOUBLE, std_error DOUBLE, lower DOUBLE, upper DOUBLE, votes INTEGER, uncertainty VARCHAR, converged BOOLEAN)
            """);
        using (var appender = connection.CreateAppender("export_ideal"))
        {
            foreach (var fit in fits)
            {
                var model = fit.IsDynamic ? "dynamic" : "static";
                var kind = fit.Options.Period == IdealPointPeriod.Year ? "year" : "session";
                foreach (var p in fit.Points)
                {
                    if (states is not null && !states.Contains(p.State))
                    {
                        continue;
                    }

                    appender.CreateRow().AppendValue(p.State.Iso3).AppendValue(p.State.Name).AppendValue(model).AppendValue(kind).AppendValue(p.Period)
                        .AppendValue(p.Estimate).AppendValue(Nullable(p.StandardError)).AppendValue(Nullable(p.Lower)).AppendValue(Nullable(p.Upper))
                        .AppendValue(p.Votes).AppendValue(p.Uncertainty == IdealPointUncertainty.ObservedInformation ? "observed-information" : "bootstrap")
                        .AppendValue(fit.Convergence.Converged)
                        .EndRow();
                }
            }
        }

        var rows = CopyTo("SELECT * FROM export_ideal ORDER BY model, period_kind, period, state", path);
        tx.Rollback();
        return rows;

        static double? Nullable(double v) => double.IsNaN(v) ? null : v;
    }
}
