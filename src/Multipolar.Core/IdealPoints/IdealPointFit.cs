using System.Collections.Immutable;
using Multipolar.Countries;

namespace Multipolar.IdealPoints;

/// <summary>
/// The result of an ideal-point fit: one <see cref="IdealPoint"/> per kept state and period, how the EM ended, what
/// was dropped and the options used.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class IdealPointFit
{
    internal IdealPointFit(
        ImmutableArray<IdealPoint> points,
        IdealPointConvergence convergence,
        IdealPointOptions options,
        bool isDynamic,
        Country? signAnchor,
        ImmutableArray<int> periods,
        ImmutableArray<DroppedRollCall> droppedRollCalls,
        ImmutableArray<DroppedState> droppedStates,
        int rollCallsUsed,
        int votesUsed,
        int itemGroups,
        IdealPointBootstrap? bootstrap = null,
        IdealPointBridging? bridging = null)
    {
        Points = points;
        Convergence = convergence;
        Options = options;
        IsDynamic = isDynamic;
        SignAnchor = signAnchor;
        Periods = periods;
        DroppedRollCalls = droppedRollCalls;
        DroppedStates = droppedStates;
        RollCallsUsed = rollCallsUsed;
        VotesUsed = votesUsed;
        ItemGroups = itemGroups;
        Bootstrap = bootstrap;
        Bridging = bridging;
    }

    /// <summary>The estimates, ordered by state (row order of the input matrix), then period.</summary>
    public ImmutableArray<IdealPoint> Points { get; }

    /// <summary>Iterations, final change and whether the EM converged.</summary>
    public IdealPointConvergence Convergence { get; }

    /// <summary>The options used.</summary>
    public IdealPointOptions Options { get; }

    /// <summary>True for the dynamic (random-walk) model, false for a static fit.</summary>
    public bool IsDynamic { get; }

    /// <summary>The state made positive (<see cref="IdealPointOptions.AnchorIso3"/> or the fallback); null for an empty fit.</summary>
    public Country? SignAnchor { get; }

    /// <summary>The periods with estimates, ascending (one for a static fit).</summary>
    public ImmutableArray<int> Periods { get; }

    /// <summary>Roll calls left out (lopsided, or without votes), in input column order.</summary>
    public ImmutableArray<DroppedRollCall> DroppedRollCalls { get; }

    /// <summary>States (per period) left out for too few votes, ordered by ISO3 then period.</summary>
    public ImmutableArray<DroppedState> DroppedStates { get; }

    /// <summary>The number of roll calls used.</summary>
    public int RollCallsUsed { get; }

    /// <summary>The number of cast votes used.</summary>
    public int VotesUsed { get; }

    /// <summary>The number of distinct roll-call parameter sets: <see cref="RollCallsUsed"/> less the roll calls bridged to another.</summary>
    public int ItemGroups { get; }

    /// <summary>
    /// How the parametric bootstrap ran when <see cref="IdealPointOptions.BootstrapReplicates"/> was set (the points'
    /// uncertainty then comes from it, see <see cref="IdealPoint.Uncertainty"/>); null without the bootstrap or for an empty fit.
    /// </summary>
    public IdealPointBootstrap? Bootstrap { get; }

    /// <summary>
    /// The bridging of a dynamic fit: where the bridges came from, how many were used, and per period how many roll
    /// calls are bridged (weakly bridged periods flagged); null for static fits and dynamic fits without bridging.
    /// </summary>
    public IdealPointBridging? Bridging { get; }

    /// <summary>The estimates of one state, by period; empty when the state has none.</summary>
    public ImmutableArray<IdealPoint> Series(Country state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var builder = ImmutableArray.CreateBuilder<IdealPoint>();
        foreach (var point in Points)
        {
            if (ReferenceEquals(point.State, state))
            {
                builder.Add(point);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The estimate of one state in one period, if it has one.</summary>
    public bool TryGet(Country state, int period, out IdealPoint point)
    {
        ArgumentNullException.ThrowIfNull(state);
        foreach (var candidate in Points)
        {
            if (ReferenceEquals(candidate.State, state) && candidate.Period == period)
            {
                point = candidate;
                return true;
            }
        }

        point = default;
        return false;
    }
}
