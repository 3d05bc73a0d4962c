using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Multipolar.Communities;
using Multipolar.Countries;
using Multipolar.Data.Store;
using Multipolar.Polarity;
using Multipolar.Votes;

namespace Multipolar.Bench.Polarity;

/// <summary>
/// Issue 13 target: <c>polarity</c> for every year (networks, Leiden with several seeds, effective poles,
/// stability) in at most one fifth of the time of the peer (bench/peers/polarity_peer.py: NumPy networks,
/// python-igraph's Leiden for raw weights, leidenalg for signed ones), measured in the same run, and a
/// modularity at least the peer's best over five seeds − 0.001 in every year on the same network.
/// </summary>
/// <remarks>
/// <c>dotnet run --project bench/Multipolar.Bench -c Release -- polarity-peer [signed|raw] [seeds]</c> with
/// <c>MULTIPOLAR_DB</c> naming a store (e.g. one with every shared source ingested, 1946–2025). Our time is
/// the in-process <see cref="PolarityEngine.Compute"/> from the vote matrix in memory, cold (first call: JIT
/// included) and warm; the peer's is its compute time from the votes in NumPy arrays (its load and Python
/// start-up are reported apart).
/// </remarks>
internal static class PolarityPeer
{
    public static void Run(string[] args)
    {
        var signed = args.Length < 2 || args[1] != "raw";
        var seeds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
        var db = Environment.GetEnvironmentVariable("MULTIPOLAR_DB") ?? throw new InvalidOperationException("Set MULTIPOLAR_DB to a store.");
        using var store = VoteStore.Open(db, CountryReference.Default, readOnly: true);
        var votes = store.LoadMatrix(new MatrixQuery { WithText = false });
        var folder = Export(votes);
        var poles = Multipolar.Poles.PoleSet.Parse("USA,RUS,CHN");
        var options = PolarityOptions.Default with { Signed = signed, Seeds = seeds };

        var clock = Stopwatch.StartNew();
        var cold = PolarityEngine.Compute(votes, options, poles);
        var coldTime = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var ours = PolarityEngine.Compute(votes, options, poles);
        var warmTime = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var script = Path.Combine(BenchPaths.Root, "bench", "peers", "polarity_peer.py");
        var start = new ProcessStartInfo("/usr/bin/python3", [script, folder, signed ? "signed" : "raw", seeds.ToString(CultureInfo.InvariantCulture)])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var json = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var peerWall = clock.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(process.StandardError.ReadToEnd());
        }

        using var doc = JsonDocument.Parse(json);
        var peer = doc.RootElement;
        var peerCompute = peer.GetProperty("compute_seconds").GetDouble();
        Console.WriteLine(FormattableString.Invariant($"polarity {(signed ? "signed" : "raw")} weights, {seeds} seeds × 3 resolutions, {ours.Years.Length} years ({ours.Years[0].Period}–{ours.Years[^1].Period}), {Environment.ProcessorCount} cores"));
        Console.WriteLine(FormattableString.Invariant($"ours: cold {coldTime:0.000} s, warm {warmTime:0.000} s; peer: compute {peerCompute:0.000} s (load {peer.GetProperty("load_seconds").GetDouble():0.000} s, process {peerWall:0.000} s)"));
        Console.WriteLine(FormattableString.Invariant($"ratio ours/peer: cold {coldTime / peerCompute:0.000}, warm {warmTime / peerCompute:0.000} (target <= 0.2)"));
        Compare(ours, peer.GetProperty("years"), signed);
        _ = cold;
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Per year: our modularity against the peer's best over five seeds; for raw weights, igraph's modularity of its partition against ours of the same partition.</summary>
    private static void Compare(PolarityResult ours, JsonElement years, bool signed)
    {
        var byYear = ours.Years.ToDictionary(y => y.Period);
        double worst = double.MaxValue, modularityGap = 0;
        var worstYear = 0;
        var failing = new List<int>();
        foreach (var y in years.EnumerateArray())
        {
            var year = y.GetProperty("year").GetInt32();
            var mine = byYear[year];
            var states = y.GetProperty("states").EnumerateArray().Select(s => s.GetString()).ToArray();
            if (!states.SequenceEqual(mine.Network.States.Select(s => s.Iso3)))
            {
                throw new InvalidOperationException($"{year}: the peer's network has other states.");
            }

            var margin = mine.Modularity - y.GetProperty("best_of_five").GetDouble();
            if (margin < worst)
            {
                (worst, worstYear) = (margin, year);
            }

            if (margin < -0.001)
            {
                failing.Add(year);
            }

            var membership = y.GetProperty("membership").EnumerateArray().Select(e => e.GetInt32()).ToArray();
            var ourQ = Modularity.Of(mine.Network.Graph, membership, ours.Options.Resolution);
            var peerQ = y.GetProperty(signed ? "modularity" : "igraph_modularity").GetDouble();
            modularityGap = Math.Max(modularityGap, Math.Abs(ourQ - peerQ));
            Console.WriteLine(FormattableString.Invariant($"{year}: ours Q {mine.Modularity:0.00000} ({mine.CommunityCount} comm., eff {mine.EffectivePoles:0.00}, stab {mine.Stability:0.000}); peer best of 5 {y.GetProperty("best_of_five").GetDouble():0.00000} ({y.GetProperty("communities").GetInt32()} comm., eff {y.GetProperty("effective_poles").GetDouble():0.00}, stab {y.GetProperty("stability").GetDouble():0.000}); margin {margin:+0.00000;-0.00000}"));
        }

        Console.WriteLine(FormattableString.Invariant($"worst margin {worst:+0.00000;-0.00000} in {worstYear}; years below peer − 0.001: {(failing.Count == 0 ? "none" : string.Join(", ", failing))}"));
        Console.WriteLine(FormattableString.Invariant($"largest |our Modularity.Of − peer's {(signed ? "signed modularity" : "igraph Graph.modularity")}| on the peer's partitions: {modularityGap:0.0e0}"));
    }

    /// <summary>Writes the vote matrix for the peer: votes.u8 (states × roll calls), years.txt, states.txt.</summary>
    private static string Export(VoteMatrix votes)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"polarity-peer-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        using (var file = File.Create(Path.Combine(folder, "votes.u8")))
        {
            for (var s = 0; s < votes.States.Length; s++)
            {
                foreach (var v in votes.Row(s))
                {
                    file.WriteByte((byte)v);
                }
            }
        }

        File.WriteAllLines(Path.Combine(folder, "years.txt"), votes.RollCalls.Select(r => r.Year.ToString(CultureInfo.InvariantCulture)));
        File.WriteAllLines(Path.Combine(folder, "states.txt"), votes.States.Select(s => s.Iso3));
        return folder;
    }
}
