using System.Diagnostics;
using Multipolar.Communities;
using Multipolar.Countries;
using Multipolar.Data.Store;
using Multipolar.Polarity;

namespace Multipolar.Bench.Polarity;

/// <summary>
/// Where <c>polarity</c>'s time goes, single-threaded: building the networks, Leiden at γ per seed and at the
/// neighbouring γ, the spectral effective number, co-membership; and Leiden's quality against its iteration cap.
/// <c>dotnet run --project bench/Multipolar.Bench -c Release -- polarity-phases [signed|raw]</c>. With
/// <c>MULTIPOLAR_POLARITY_DUMP=file</c>, every output of every year is written there (round-trip numbers), to compare builds.
/// </summary>
internal static class PolarityPhases
{
    public static void Run(string[] args)
    {
        var signed = args.Length < 2 || args[1] != "raw";
        var db = Environment.GetEnvironmentVariable("MULTIPOLAR_DB") ?? throw new InvalidOperationException("Set MULTIPOLAR_DB to a store.");
        using var store = VoteStore.Open(db, CountryReference.Default, readOnly: true);
        var votes = store.LoadMatrix(new MatrixQuery { WithText = false });
        var options = PolarityOptions.Default with { Signed = signed };
        var clock = Stopwatch.StartNew();
        var cpu = Cpu();
        var networks = PolarityNetwork.Build(votes, options);
        Console.WriteLine(FormattableString.Invariant($"networks: {clock.Elapsed.TotalSeconds:0.000} s (cpu {Cpu() - cpu:0.000} s) ({networks.Length})"));
        Console.WriteLine(FormattableString.Invariant($"networks, least of 5 passes: cpu {Least(5, () => PolarityNetwork.Build(votes, options).Length):0.000} s (all threads)"));
        foreach (var cap in new[] { 1, 2, 3, 50 })
        {
            clock.Restart();
            cpu = Cpu();
            var q = 0.0;
            foreach (var net in networks)
            {
                for (var s = 0; s < 10; s++)
                {
                    q += Leiden.Run(net.Graph, new LeidenOptions { Seed = s, MaxIterations = cap }).Modularity;
                }
            }

            Console.WriteLine(FormattableString.Invariant($"leiden γ=1, 10 seeds, max iterations {cap}: {clock.Elapsed.TotalSeconds:0.000} s (cpu {Cpu() - cpu:0.000} s), mean Q {q / networks.Length / 10:0.000000}"));
        }

        clock.Restart();
        cpu = Cpu();
        foreach (var net in networks)
        {
            _ = EffectiveNumber.Spectral(net.Graph, 1);
        }

        Console.WriteLine(FormattableString.Invariant($"spectral: {clock.Elapsed.TotalSeconds:0.000} s (cpu {Cpu() - cpu:0.000} s)"));
        Console.WriteLine(FormattableString.Invariant($"spectral, least of 5 passes: cpu {Least(5, () => networks.Sum(net => EffectiveNumber.Spectral(net.Graph, 1))):0.000} s"));
        CoMembershipPhase(networks, options);
        clock.Restart();
        cpu = Cpu();
        var one = options with { Seeds = 10 };
        foreach (var net in networks)
        {
            _ = PolarityEngine.Year(net, one, Multipolar.Poles.PoleSet.Default);
        }

        Console.WriteLine(FormattableString.Invariant($"PolarityEngine.Year all years (1 thread): {clock.Elapsed.TotalSeconds:0.000} s (cpu {Cpu() - cpu:0.000} s)"));
        if (Environment.GetEnvironmentVariable("MULTIPOLAR_POLARITY_DUMP") is { Length: > 0 } dump)
        {
            // Every output of every year, to compare two builds: same numbers, spectral to ~1e-9.
            File.WriteAllLines(dump, networks.Select(net => Describe(PolarityEngine.Year(net, options, Multipolar.Poles.PoleSet.Default))));
        }
    }

    /// <summary>
    /// Co-membership (pair shares, stability) and the communities' summaries over each year's 30 runs, found beforehand
    /// (the reference: the best of the 30, for the timing only).
    /// </summary>
    private static void CoMembershipPhase(IReadOnlyList<PolarityNetwork> networks, PolarityOptions options)
    {
        var poles = Multipolar.Poles.PoleSet.Default.Poles.Select(p => p.State).ToArray();
        var years = networks.Select(net =>
        {
            var runs = new List<Partition>();
            foreach (var gamma in new[] { 1 - options.NeighbourStep, 1, 1 + options.NeighbourStep })
            {
                runs.AddRange(Enumerable.Range(0, options.Seeds).Select(s => Leiden.Run(net.Graph, new LeidenOptions { Resolution = gamma, Seed = s })));
            }

            return (Network: net, Runs: runs, Best: runs.MaxBy(p => p.Modularity)!);
        }).ToArray();
        var together = new double[years.Length][,];
        var pairs = Least(5, () => years.Select((y, i) => (together[i] = CoMembership.Together(y.Best.Membership.AsSpan(), y.Runs))[0, 1]).Sum());
        var stability = Least(5, () => years.Select((y, i) => CoMembership.Stability(y.Best.Membership.AsSpan(), together[i])).Sum());
        var communities = Least(5, () => years.Select((y, i) => PolarityEngine.Communities(y.Network, y.Best, together[i], poles).Length).Sum());
        Console.WriteLine(FormattableString.Invariant($"co-membership, least of 5 passes: together cpu {pairs:0.000} s, stability cpu {stability:0.000} s, communities cpu {communities:0.000} s"));
    }

    private static string Describe(PolarityYear y) => FormattableString.Invariant(
        $"{y.Period} Q {y.Modularity:R} min {y.ModularityMin:R} LT {y.EffectivePoles:R} spectral {y.SpectralPoles:R} stability {y.Stability:R} | ")
        + string.Join(" | ", y.Communities.Select(c => FormattableString.Invariant(
            $"{c.Number} {c.Label} [{string.Join(",", c.Members.Select(m => m.Iso3))}] ({string.Join(",", c.Poles.Select(m => m.Iso3))}) {string.Join(",", c.MemberStability.Select(s => s.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}")));

    /// <summary>The least CPU time of <paramref name="passes"/> runs of <paramref name="work"/> (its result kept alive).</summary>
    private static double Least(int passes, Func<double> work)
    {
        var least = double.MaxValue;
        var sink = 0.0;
        for (var p = 0; p < passes; p++)
        {
            var cpu = Cpu();
            sink += work();
            least = Math.Min(least, Cpu() - cpu);
        }

        GC.KeepAlive(sink);
        return least;
    }

    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
}
