using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Multipolar.Alignment;
using Multipolar.Countries;
using Multipolar.Data.Reconciliation;
using Multipolar.Data.Store;
using Multipolar.IdealPoints;
using Multipolar.Poles;
using Multipolar.Polarity;
using Multipolar.Votes;
using Multipolar.Web.Api;

namespace Multipolar.Web.Snapshots;

/// <summary>A source with its citation, as every response names it.</summary>
/// <param name="File">The source file.</param>
/// <param name="Format">Its layout.</param>
/// <param name="Licence">Its licence.</param>
/// <param name="Citation">How to cite it.</param>
public sealed record SourceCitation(string File, string Format, string Licence, string Citation);

/// <summary>A General Assembly roll call with its vote totals (effective votes).</summary>
/// <param name="RollCall">The roll call.</param>
/// <param name="Column">Its column in <see cref="DataSnapshot.Votes"/>.</param>
/// <param name="Yes">Yes votes.</param>
/// <param name="No">No votes.</param>
/// <param name="Abstain">Abstentions.</param>
public sealed record RollCallEntry(RollCall RollCall, int Column, int Yes, int No, int Abstain);

/// <summary>
/// Everything the server serves for one data version, in memory: the General Assembly's vote matrix (with
/// titles), roll-call totals, sources and citations, and caches of derived results (pair matrices, dyad
/// series, ideal-point fits) computed on first use by the core's one API. Immutable but for its caches;
/// a request holds one snapshot for its whole life, so that no response mixes two data versions.
/// </summary>
public sealed partial class DataSnapshot
{
    private const int CacheLimit = 512;

    // Rendered responses are up to 2 MB each (a recent year's pair matrix as JSON): room for both representations of every year.
    private const int RenderedLimit = 160;
    private readonly ConcurrentDictionary<(int, Measure, Slice, AlignmentOptions), Task<DyadMatrix>> matrices = new();
    private readonly ConcurrentDictionary<(Dyad, Measure, string, AlignmentOptions), Task<AlignmentResult>> series = new();
    private readonly ConcurrentDictionary<(int, IdealPointPeriod), Task<IdealPointFit>> ideal = new();
    private readonly ConcurrentDictionary<(string, int), Task<ImmutableArray<MultiAlignmentValue>>> multiAlignment = new();
    private readonly ConcurrentDictionary<IdealPointOptions, Task<IdealPointFit>> dynamicIdeal = new();
    private readonly ConcurrentDictionary<object, Task<byte[]>> rendered = new();
    private readonly FrozenDictionary<long, RollCallEntry> byId;

    private DataSnapshot(string dataVersion, VoteMatrix votes, IReadOnlyList<SourceCitation> sources, IReadOnlyDictionary<string, long> votesPerState)
    {
        DataVersion = dataVersion;
        Votes = votes;
        Sources = sources;
        VotesPerState = votesPerState;
        var entries = new RollCallEntry[votes.RollCalls.Length];
        Parallel.For(0, entries.Length, c =>
        {
            int yes = 0, no = 0, abstain = 0;
            for (var s = 0; s < votes.States.Length; s++)
            {
                switch (votes[s, c])
                {
                    case Vote.Yes: yes++; break;
                    case Vote.No: no++; break;
                    case Vote.Abstain: abstain++; break;
                }
            }

            entries[c] = new RollCallEntry(votes.RollCalls[c], c, yes, no, abstain);
        });
        RollCalls = [.. entries];
        byId = entries.ToFrozenDictionary(e => e.RollCall.Id.Value);
        Years = [.. entries.Select(e => e.RollCall.Year).Distinct().Order()];
        Sessions = [.. entries.Where(e => e.RollCall.Session is not null).Select(e => e.RollCall.Session!.Value).Distinct().Order()];
        Citation = string.Join("; ", sources.Select(s => s.Citation).Distinct(StringComparer.Ordinal));
    }

    /// <summary>The store's data version (a hash of its sources' checksums); empty for an empty store.</summary>
    public string DataVersion { get; }

    /// <summary>True when the store holds no General Assembly roll call (the server then says how to ingest).</summary>
    public bool IsEmpty => Votes.RollCalls.IsEmpty;

    /// <summary>The effective General Assembly votes, roll calls by date; states by ISO3.</summary>
    public VoteMatrix Votes { get; }

    /// <summary>The roll calls with their totals, in <see cref="Votes"/> column order.</summary>
    public ImmutableArray<RollCallEntry> RollCalls { get; }

    /// <summary>Calendar years with roll calls, ascending.</summary>
    public ImmutableArray<int> Years { get; }

    /// <summary>Sessions with roll calls, ascending.</summary>
    public ImmutableArray<int> Sessions { get; }

    /// <summary>The ingested sources.</summary>
    public IReadOnlyList<SourceCitation> Sources { get; }

    /// <summary>The sources' citations in one line.</summary>
    public string Citation { get; }

    /// <summary>Cast votes stored per state (ISO3).</summary>
    public IReadOnlyDictionary<string, long> VotesPerState { get; }

    /// <summary>The country reference.</summary>
    public static CountryReference Reference => CountryReference.Default;

    /// <summary>The snapshot of a store with nothing in it (or no store file yet).</summary>
    public static DataSnapshot Empty { get; } = new("", new VoteMatrix([], [], []), [], FrozenDictionary<string, long>.Empty);

    /// <summary>Reads a store (opened read-only, closed before returning) into a snapshot.</summary>
    public static DataSnapshot Load(string storePath)
    {
        using var store = VoteStore.Open(storePath, CountryReference.Default, readOnly: true);
        var version = store.DataVersion;
        var votes = store.LoadMatrix(new MatrixQuery { WithText = true });
        var sources = store.SourceSummaries()
            .Select(s => new SourceCitation(s.Source.FileName, s.Format.ToString(), SourceLicence.Licence(s.Format),
                SourceLicence.Citation(s.Format, s.Last?.Year, DateOnly.FromDateTime(s.Source.IngestedAt))))
            .ToArray();
        return new DataSnapshot(version, votes, sources, store.VotesPerState());
    }

    /// <summary>
    /// What the map and matrix pages read, as steps to run one after another: each year's pair matrix of the default
    /// request (<see cref="AlignmentRequest.Default"/>, what a request without measurement parameters asks for), newest
    /// first, then <paramref name="renderYear"/> for that year (the responses made of it, rendered once).
    /// Run on <see cref="WorkerScheduler.Background"/> before a new version is swapped in, so that no request of the new
    /// version waits for them. A step finds what a request computed meanwhile and keeps it.
    /// </summary>
    public IEnumerable<Action> PreparationSteps(Action<DataSnapshot, int>? renderYear = null)
    {
        var r = AlignmentRequest.Default();
        var (measure, slice, options) = (r.Measure, r.Slices[0], r.Options);
        return Years.Reverse().Select(year => (Action)(() =>
        {
            Precompute(matrices, (year, measure, slice, options), () => AlignmentEngine.PairMatrix(Votes, year, measure, slice, options));
            renderYear?.Invoke(this, year);
        }));
    }

    /// <summary>
    /// A response body rendered once per <paramref name="key"/> (a value-equal key naming the endpoint and everything the
    /// body depends on) and then served as it is: rendered on demand off the thread pool; concurrent requests wait for one rendering.
    /// </summary>
    public Task<byte[]> Rendered(object key, Func<byte[]> render) => Cached(rendered, key, render, RenderedLimit);

    /// <summary>Renders <paramref name="key"/>'s body on the calling thread unless it is rendered or being rendered (the preparation's part).</summary>
    public void Prerender(object key, Func<byte[]> render) => Precompute(rendered, key, render);

    /// <summary>
    /// What is computed after the swap, as steps: the polarity of every year (page 5; ≈ 8 s of CPU), then each year's
    /// static ideal points, newest first; a request for one of them meanwhile computes it on demand. Last, the
    /// dynamic ideal-point fit of the whole record (the profile page's trajectory; ≈ 25–30 s of one core) is started on
    /// the on-demand threads, at normal priority: at low priority a loaded machine starved it for minutes, and the
    /// requests that wait for it would wait as long (a request meanwhile waits for that one computation).
    /// </summary>
    public IEnumerable<Action> WarmUpSteps() =>
        Years.Reverse().Select(year => (Action)(() => Precompute(ideal, (year, IdealPointPeriod.Year), () => StaticIdealPoint(year, IdealPointPeriod.Year))))
            .Append(() => _ = DynamicIdealPoints())
            .Prepend(() => Precompute(polarity, (PolarityOptions.Default, DefaultPolarityPoles.Key), () => PolarityEngine.Compute(Votes, PolarityOptions.Default, DefaultPolarityPoles)));

    /// <summary>The roll call with a store id, or null.</summary>
    public RollCallEntry? RollCall(long id) => byId.TryGetValue(id, out var e) ? e : null;

    /// <summary>The periods (years or sessions) with roll calls.</summary>
    public ImmutableArray<int> Periods(PeriodKind kind) => kind == PeriodKind.Year ? Years : Sessions;

    /// <summary>One measure for every pair of states in one period (cached; computed on demand off the thread pool).</summary>
    public Task<DyadMatrix> PairMatrix(int period, Measure measure, Slice slice, AlignmentOptions options) =>
        Cached(matrices, (period, measure, slice, options), () => AlignmentEngine.PairMatrix(Votes, period, measure, slice, options));

    /// <summary>A dyad's series in several slices (cached; computed on demand off the thread pool).</summary>
    public Task<AlignmentResult> DyadSeries(Dyad dyad, Measure measure, ImmutableArray<Slice> slices, AlignmentOptions options) =>
        Cached(series, (dyad, measure, string.Join(",", slices), options), () => AlignmentEngine.Compute(Votes, AlignmentQuery.ForDyad(dyad) with
        {
            Measures = [measure],
            Slices = slices,
            Options = options,
        }));

    /// <summary>The static ideal-point fit of one period with the documented default options (cached; computed on demand off the thread pool).</summary>
    public Task<IdealPointFit> StaticIdealPoints(int period, IdealPointPeriod kind) =>
        Cached(ideal, (period, kind), () => StaticIdealPoint(period, kind));

    /// <summary>
    /// The dynamic ideal-point fit of the whole record, one period per year, with the documented default options
    /// (random walk, bridged recurring resolutions, pooled scale; docs/ideal-points.md): every state's trajectory on one
    /// comparable scale (cached; computed on demand off the thread pool).
    /// </summary>
    public Task<IdealPointFit> DynamicIdealPoints() => Cached(dynamicIdeal, DynamicOptions, () => IdealPointEstimator.EstimateDynamic(Votes, DynamicOptions));

    /// <summary>Every state's multi-alignment index against <paramref name="poles"/> in one year, ranked (cached; the poles analysis' one API; computed on demand off the thread pool).</summary>
    public Task<ImmutableArray<MultiAlignmentValue>> MultiAlignment(PoleSet poles, int year) =>
        Cached(multiAlignment, (poles.Key, year), () =>
            Poles.MultiAlignment.Rank(PoleProfiles.Compute(Votes, Poles.MultiAlignment.QueryFor(poles, Measure.Agreement, AlignmentOptions.Default, year, year)), year));

    // Serial (Parallel = false), as the static fits: the configuration the load test measured; the estimator's
    // parallel loops would run on the on-demand threads (ParallelWork), not on the requests' pool.
    private static readonly IdealPointOptions DynamicOptions = new() { Period = IdealPointPeriod.Year, Parallel = false };

    private IdealPointFit StaticIdealPoint(int period, IdealPointPeriod kind) =>
        IdealPointEstimator.EstimateStatic(Votes, period, new IdealPointOptions { Period = kind, Parallel = false });

    /// <summary>
    /// The cached value of <paramref name="key"/>, or its computation started on <see cref="WorkerScheduler.OnDemand"/>
    /// (once: concurrent requests for the same key wait for the same task, without holding a thread). A failed
    /// computation is not kept.
    /// </summary>
    private static Task<TValue> Cached<TKey, TValue>(ConcurrentDictionary<TKey, Task<TValue>> cache, TKey key, Func<TValue> compute, int limit = CacheLimit)
        where TKey : notnull
    {
        if (cache.TryGetValue(key, out var known))
        {
            return known;
        }

        if (cache.Count > limit)
        {
            cache.Clear();
        }

        var promise = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
        var task = cache.GetOrAdd(key, promise.Task);
        if (ReferenceEquals(task, promise.Task))
        {
            _ = WorkerScheduler.OnDemand.Run(() =>
            {
                try
                {
                    promise.SetResult(compute());
                }
                catch (Exception e)
                {
                    cache.TryRemove(new KeyValuePair<TKey, Task<TValue>>(key, promise.Task));
                    promise.SetException(e);
                }

                return 0;
            });
        }

        return task;
    }

    /// <summary>
    /// Computes <paramref name="key"/>'s value on the calling thread unless it is cached or being computed. A
    /// request asking meanwhile starts its own computation at normal priority rather than waiting for this
    /// (possibly low-priority) one; the first to finish is kept.
    /// </summary>
    private static void Precompute<TKey, TValue>(ConcurrentDictionary<TKey, Task<TValue>> cache, TKey key, Func<TValue> compute)
        where TKey : notnull
    {
        if (!cache.ContainsKey(key))
        {
            cache.TryAdd(key, Task.FromResult(compute()));
        }
    }
}
