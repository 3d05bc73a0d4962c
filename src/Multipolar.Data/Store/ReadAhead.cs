namespace Multipolar.Data.Store;

/// <summary>
/// Runs a sequence of computations one ahead of their consumer: the first on the caller's thread, then each next
/// one on the thread pool while the consumer works on the previous result. <c>export dyads</c> computes the next
/// slice this way while DuckDB writes the last one, <c>precompute</c> the next tabulation (docs/benchmarks.md).
/// Not thread-safe: one consumer.
/// </summary>
internal sealed class ReadAhead<T>
    where T : class
{
    private readonly Func<T>[] units;
    private int started;
    private Task<T>? pending;
    private T? first;

    /// <summary>Computes <c>units[0]</c> now and starts <c>units[1]</c>.</summary>
    public ReadAhead(Func<T>[] units)
    {
        ArgumentOutOfRangeException.ThrowIfZero(units.Length);
        this.units = units;
        first = units[0]();
        started = 1;
        StartNext();
    }

    /// <summary>The first result, until the first <see cref="Next"/> returns it (then no longer held here).</summary>
    public T First => first ?? throw new InvalidOperationException("The first result has been taken.");

    /// <summary>The next result in order, waiting for it if it is still being computed (its exception rethrown); null after the last.</summary>
    public T? Next()
    {
        if (first is { } r)
        {
            first = null;
            return r;
        }

        if (pending is null)
        {
            return null;
        }

        var result = pending.GetAwaiter().GetResult();
        StartNext();
        return result;
    }

    /// <summary>The results in order (<see cref="Next"/> until null), for a <c>foreach</c>.</summary>
    public IEnumerable<T> Remaining()
    {
        while (Next() is { } result)
        {
            yield return result;
        }
    }

    private void StartNext()
    {
        pending = started < units.Length ? Task.Run(units[started]) : null;
        started++;
    }
}
