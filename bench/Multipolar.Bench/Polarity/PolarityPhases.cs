using System.Diagnostics;
using Multipolar.Communities;
using Multipolar.Countries;
using Multipolar.Data.Store;
using Multipolar.Polarity;

namespace Multipolar.Bench.Polarity;

/// <summary>
/// Where <c>polarity</c>'s time goes, single-threaded: building the networks, Leiden at γ per seed and at the
/// neighbouring γ, the spectral effective number, co-membership; and Leiden's quality against its iteration cap.
/// <c>dotnet run --project bench/Multipolar.Bench -c Release -- polarity-phases [signed|raw]</c>.
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
        clock.Restart();
        cpu = Cpu();
        var one = options with { Seeds = 10 };
        foreach (var net in networks)
        {
            _ = PolarityEngine.Year(net, one, Multipolar.Poles.PoleSet.Default);
        }

        Console.WriteLine(FormattableString.Invariant($"PolarityEngine.Year all years (1 thread): {clock.Elapsed.TotalSeconds:0.000} s (cpu {Cpu() - cpu:0.000} s)"));
    }

    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
}
