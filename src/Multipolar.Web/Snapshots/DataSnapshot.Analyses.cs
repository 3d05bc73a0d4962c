using System.Collections.Concurrent;
using Multipolar.Polarity;
using Multipolar.Poles;

namespace Multipolar.Web.Snapshots;

/// <summary>The expensive analyses, computed once per data version on first use (the core's one API) and kept.</summary>
public sealed partial class DataSnapshot
{
    private const int PolarityCacheLimit = 16;
    private readonly ConcurrentDictionary<(PolarityOptions, string), Task<PolarityResult>> polarity = new();

    /// <summary>The poles that label communities by default (the CLI's <c>polarity --poles</c> default).</summary>
    public static PoleSet DefaultPolarityPoles { get; } = PoleSet.Parse("USA,RUS,CHN");

    /// <summary>
    /// The polarity of every year (Leiden communities of the agreement network, effective number of poles), cached per
    /// options and poles; computed on demand off the thread pool (a request awaits it without holding a thread).
    /// </summary>
    public Task<PolarityResult> Polarity(PolarityOptions options, PoleSet poles)
    {
        if (polarity.Count > PolarityCacheLimit)
        {
            polarity.Clear();
        }

        return Cached(polarity, (options, poles.Key), () => PolarityEngine.Compute(Votes, options, poles));
    }
}
