using Multipolar.Cli.Output;
using Multipolar.Data.Store;
using Multipolar.IdealPoints;
using Multipolar.Votes;
using Spectre.Console;

namespace Multipolar.Cli.Commands.IdealPoints;

/// <summary>Runs the estimator for the ideal-point commands, with a progress bar, and stores the result.</summary>
internal static class IdealRun
{
    /// <summary>
    /// A static fit per period from <paramref name="first"/> to <paramref name="last"/>, or one dynamic fit
    /// over the range; the fits are stored for the dashboard.
    /// </summary>
    public static IReadOnlyList<IdealPointFit> Estimate(VoteStore store, IdealSettings settings, int? first, int? last, bool dynamic)
    {
        var options = settings.Options;
        var votes = store.LoadMatrix(settings.Load(first, last));
        if (votes.RollCalls.IsEmpty)
        {
            throw new ArgumentException($"No General Assembly roll calls in {first}–{last}.");
        }

        var periods = votes.RollCalls.Select(r => IdealPointEstimator.PeriodOf(r, options.Period))
            .Where(p => (first is null || p >= first) && (last is null || p <= last))
            .Distinct().Order().ToArray();
        if (periods.Length == 0)
        {
            throw new ArgumentException($"No roll calls in periods {first}–{last}.");
        }

        var fits = new List<IdealPointFit>();
        void Run(ProgressContext? ctx)
        {
            if (dynamic)
            {
                var label = options.BootstrapReplicates > 0 ? $", bootstrap {options.BootstrapReplicates}" : "";
                var task = ctx?.AddTask($"Dynamic model {periods[0]}–{periods[^1]}{label}", maxValue: 1);
                fits.Add(IdealPointEstimator.EstimateDynamic(votes, periods[0], periods[^1], options, task is null ? null : new Progress(task)));
                return;
            }

            // Without the bootstrap a static fit takes milliseconds: the bar moves per period; with it, within each period too.
            var perPeriod = ctx?.AddTask("Static fits", maxValue: periods.Length);
            for (var i = 0; i < periods.Length; i++)
            {
                var p = periods[i];
                perPeriod?.Description = options.BootstrapReplicates > 0 ? $"Static fit {p}, bootstrap {options.BootstrapReplicates}" : $"Static fit {p}";
                var progress = perPeriod is not null && options.BootstrapReplicates > 0 ? new Progress(perPeriod, i) : null;
                fits.Add(IdealPointEstimator.EstimateStatic(votes, p, options, progress));
                perPeriod?.Value = i + 1;
            }
        }

        // A progress bar for people; none when the output is CSV or JSON for a script.
        if (settings.Format == OutputFormat.Table)
        {
            Cli.Console.Ansi.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(Run);
        }
        else
        {
            Run(null);
        }

        // Only the default selection is kept for the dashboard: a variant (final-passage only, one issue) is not the model.
        if (options.RollCalls == IdealPointRollCalls.All && options.Issue is null)
        {
            store.WriteIdealPoints(fits);
        }

        return fits;
    }

    /// <summary>A line on convergence and what was dropped, for the notes under a table.</summary>
    public static string Diagnostics(IReadOnlyList<IdealPointFit> fits)
    {
        var notConverged = fits.Where(f => !f.Convergence.Converged).ToArray();
        var iterations = fits.Max(f => f.Convergence.Iterations);
        var change = fits.Max(f => f.Convergence.FinalChange);
        var dropped = fits.Sum(f => f.DroppedRollCalls.Length);
        var droppedStates = fits.Sum(f => f.DroppedStates.Length);
        var used = fits.Sum(f => f.RollCallsUsed);
        var status = notConverged.Length == 0
            ? $"converged (at most {iterations} iterations, final change {change:G3})"
            : $"NOT CONVERGED in {notConverged.Length} fit(s) (periods {string.Join(", ", notConverged.SelectMany(f => f.Periods).Distinct())}; {iterations} iterations, final change {change:G3}): read the estimates with care";
        return $"{status}; roll calls used {used:N0}, dropped {dropped:N0} (lopsided or too few votes); state-periods dropped for too few votes {droppedStates:N0}";
    }

    /// <summary>The non-default selection of a fit, for titles: ", final-passage votes, issue nu".</summary>
    public static string VariantLabel(IdealPointOptions options) =>
        (options.RollCalls == IdealPointRollCalls.FinalPassage ? ", final-passage votes only" : "")
        + (options.Issue is { } issue ? $", issue {issue.Code} only" : "");

    /// <summary>A line on a dynamic fit's bridges (source, counts, weakly bridged periods), or null without bridging.</summary>
    public static string? BridgingNote(IReadOnlyList<IdealPointFit> fits)
    {
        if (fits.Count == 0 || fits[0].Bridging is not { } b)
        {
            return fits.Count > 0 && fits[0].IsDynamic ? "bridges: none (periods linked by the random walk only)" : null;
        }

        var weak = b.WeakPeriods;
        return $"bridges: {b.Source switch { IdealPointBridgeSource.List => b.ListName, IdealPointBridgeSource.Titles => "Multipolar title rule", _ => "Multipolar matcher" }}; {b.PairsUsed:N0} of {b.Pairs:N0} pairs in the periods, "
            + $"{b.BridgedRollCalls:N0} of {b.Periods.Sum(p => p.RollCalls):N0} roll calls bridged; "
            + (weak.Length == 0 ? "no weakly bridged period" : $"weakly bridged (< {IdealPointBridging.WeakThreshold} bridged roll calls): {Ranges(weak)}")
            + (fits[0].Options.Scale == IdealPointScale.Pooled ? "; scale: mean 0, SD 1 over all state-periods" : "");
    }

    /// <summary>"1946–1950, 1964, 1990" from sorted periods.</summary>
    private static string Ranges(IReadOnlyList<int> periods)
    {
        var parts = new List<string>();
        for (var i = 0; i < periods.Count;)
        {
            var j = i;
            while (j + 1 < periods.Count && periods[j + 1] == periods[j] + 1)
            {
                j++;
            }

            parts.Add(i == j ? $"{periods[i]}" : $"{periods[i]}–{periods[j]}");
            i = j + 1;
        }

        return string.Join(", ", parts);
    }

    /// <summary>A line on where the standard errors and intervals come from, for the notes under a table.</summary>
    public static string UncertaintyNote(IReadOnlyList<IdealPointFit> fits)
    {
        var runs = fits.Where(f => f.Bootstrap is not null).Select(f => f.Bootstrap!.Value).ToArray();
        if (runs.Length == 0)
        {
            return "95% intervals from the observed information (roll-call parameters held fixed: a lower bound on the uncertainty).";
        }

        var notConverged = runs.Sum(r => r.NotConverged);
        var fellBack = runs.Sum(r => r.FellBack);
        var perRefit = (double)runs.Sum(r => r.Iterations) / runs.Sum(r => r.Replicates);
        return $"SE and 95% intervals: parametric bootstrap, {runs[0].Replicates} replicates (seed {runs[0].Seed}; refits warm-started at the fit, stopped at change < {fits.First(f => f.Bootstrap is not null).Options.BootstrapTolerance:G3}, {perRefit:F1} iterations each on average; SE = standard deviation of the refitted estimates, interval = their 2.5% and 97.5% percentiles, not centred on the estimate)"
            + (notConverged > 0 ? $"; {notConverged} replicate(s) not converged" : "")
            + (fellBack > 0 ? $"; {fellBack} state-period(s) estimated in under half of the replicates keep the observed-information interval" : "")
            + ".";
    }

    /// <summary>Reports a fit's progress (0–1) on a task, from <paramref name="offset"/> (the fits already done).</summary>
    private sealed class Progress(ProgressTask task, double offset = 0) : IProgress<double>
    {
        public void Report(double value) => task.Value = offset + Math.Clamp(value, 0, 1);
    }
}
