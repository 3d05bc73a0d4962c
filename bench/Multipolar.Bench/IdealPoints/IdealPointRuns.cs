using System.Diagnostics;
using Multipolar.Data.Store;
using Multipolar.IdealPoints;
using Multipolar.Tests.IdealPoints;
using Multipolar.Votes;

namespace Multipolar.Bench.IdealPoints;

/// <summary>
/// <c>dotnet run -c Release --project bench/Multipolar.Bench -- ideal-runs DB [static|dynamic|prk|items|synthetic] [first] [last]</c>
/// (environment: IDEAL_TRACE=n prints every n-th iteration's change, IDEAL_MAXIT, IDEAL_TOL, IDEAL_ITEMVAR, IDEAL_WALK set options,
/// IDEAL_BOOTSTRAP=B runs the parametric bootstrap with B replicates (IDEAL_BOOTSTRAP_SEED its seed, IDEAL_BOOTSTRAP_TOL its refits' tolerance),
/// IDEAL_DUMP=file writes every dynamic estimate):
/// Stopwatch runs of the ideal-point estimators on a store built by <c>multipolar ingest</c> (or on the synthetic
/// benchmark data), with convergence, scale and a few poles printed.
/// </summary>
internal static class IdealPointRuns
{
    public static void Run(string[] args)
    {
        var mode = args.Length > 2 ? args[2] : "static";
        var sw0 = Stopwatch.StartNew();
        if (Environment.GetEnvironmentVariable("IDEAL_TRACE") is { } every)
        {
            var n = int.Parse(every, System.Globalization.CultureInfo.InvariantCulture);
            IrtEngine.Trace = (it, change) =>
            {
                if (it % n == 0)
                {
                    Console.WriteLine($"  it {it} change {change:E2} t {sw0.Elapsed.TotalSeconds:F1} s");
                }
            };
        }

        var first = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1946;
        var last = args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 2019;
        switch (mode)
        {
            case "synthetic":
                Synthetic();
                return;
            case "items":
                Items(Load(args[1], first, last), first, args.Length > 5 ? double.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture) : 25);
                return;
            case "prk":
                Prk(Load(args[1], 2019, 2019));
                return;
            case "static":
                Static(Load(args[1], first, last), first);
                return;
            default:
                // IDEAL_SESSION=1: first and last are sessions; load the calendar years they span.
                var sessions = Environment.GetEnvironmentVariable("IDEAL_SESSION") == "1";
                Dynamic(Load(args[1], sessions ? first + 1945 : first, sessions ? last + 1946 : last), first, last);
                return;
        }
    }

    /// <summary>The default options with the investigation's environment overrides (IDEAL_MAXIT, IDEAL_ITEMVAR, …).</summary>
    private static IdealPointOptions Options(VoteMatrix? votes = null)
    {
        var o = new IdealPointOptions();
        o = Int("IDEAL_MAXIT") is int m ? o with { MaxIterations = m } : o;
        o = Real("IDEAL_ITEMVAR") is double v ? o with { ItemPriorVariance = v } : o;
        o = Real("IDEAL_WALK") is double w ? o with { RandomWalkVariance = w } : o;
        o = Real("IDEAL_TOL") is double t ? o with { Tolerance = t } : o;
        o = Int("IDEAL_BOOTSTRAP") is int boot ? o with { BootstrapReplicates = boot } : o;
        o = Int("IDEAL_BOOTSTRAP_SEED") is int seed ? o with { BootstrapSeed = seed } : o;
        o = Real("IDEAL_BOOTSTRAP_TOL") is double bt ? o with { BootstrapTolerance = bt } : o;
        o = Real("IDEAL_MINORITY") is double mm ? o with { MinMinorityShare = mm } : o;
        o = Environment.GetEnvironmentVariable("IDEAL_BRIDGES") switch
        {
            null or "matcher" => o,
            "none" => o with { BridgeSource = IdealPointBridgeSource.None },
            "title" when votes is not null => o with { BridgeSource = IdealPointBridgeSource.List, BridgeList = new("title", RollCallBridgeMatcher.MatchTitles(votes)) },
            "both" when votes is not null => o with { BridgeSource = IdealPointBridgeSource.List, BridgeList = new("both", [.. RollCallBridgeMatcher.MatchTitles(votes), .. RollCallBridgeMatcher.Match(votes)]) },
            var mt when mt.StartsWith("matcher:", StringComparison.Ordinal) && votes is not null => o with
            {
                BridgeSource = IdealPointBridgeSource.List,
                BridgeList = new(mt, RollCallBridgeMatcher.Match(votes, IdealPointPeriod.Year, double.Parse(mt[8..], System.Globalization.CultureInfo.InvariantCulture))),
            },
            var path => o with { BridgeSource = IdealPointBridgeSource.List, BridgeList = Multipolar.Data.Formats.BridgeListReader.Read(path) },
        };
        o = Real("IDEAL_CAP") is double cap ? o with { MaxDiscrimination = cap } : o;
        o = Real("IDEAL_V0") is double v0 ? o with { PriorVariance = v0 } : o;
        o = Environment.GetEnvironmentVariable("IDEAL_PERIODPX") == "0" ? o with { PeriodExpansion = false } : o;
        o = Environment.GetEnvironmentVariable("IDEAL_SESSION") == "1" ? o with { Period = IdealPointPeriod.Session } : o;
        o = Environment.GetEnvironmentVariable("IDEAL_SCALE") == "prior" ? o with { Scale = IdealPointScale.Prior } : o;
        return o;

        static int? Int(string name) => Environment.GetEnvironmentVariable(name) is { } s ? int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : null;
        static double? Real(string name) => Environment.GetEnvironmentVariable(name) is { } s ? double.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// Loads the matrix, then applies the investigation's column/cell variants: IDEAL_FINAL=1 drops amendment and
    /// paragraph votes after 1989 (Bailey, Strezhnev and Voeten's replication code, UN_DataProcessing.R),
    /// IDEAL_IMPORTANT=1 keeps only State Department "important" votes, IDEAL_ABSTAIN=missing codes abstentions as missing.
    /// </summary>
    private static VoteMatrix Load(string db, int first, int last)
    {
        VoteMatrix m;
        using (var store = VoteStore.Open(db, readOnly: true))
        {
            m = store.LoadMatrix(new MatrixQuery { FromYear = first, ToYear = last });
        }

        var final = Environment.GetEnvironmentVariable("IDEAL_FINAL") == "1";
        var important = Environment.GetEnvironmentVariable("IDEAL_IMPORTANT") == "1";
        var abstainMissing = Environment.GetEnvironmentVariable("IDEAL_ABSTAIN") == "missing";
        if (!final && !important && !abstainMissing)
        {
            return m;
        }

        var keep = Enumerable.Range(0, m.RollCalls.Length)
            .Where(r => (!final || m.RollCalls[r].Year <= 1989 || m.RollCalls[r].IsFinalPassage) && (!important || m.RollCalls[r].Important))
            .ToArray();
        var cells = new Vote[m.States.Length * keep.Length];
        for (var s = 0; s < m.States.Length; s++)
        {
            for (var k = 0; k < keep.Length; k++)
            {
                var v = m[s, keep[k]];
                cells[(s * keep.Length) + k] = abstainMissing && v == Vote.Abstain ? Vote.None : v;
            }
        }

        Console.WriteLine($"variant: final={final} important={important} abstainMissing={abstainMissing}; {keep.Length} of {m.RollCalls.Length} roll calls");
        return new VoteMatrix(m.States, [.. keep.Select(r => m.RollCalls[r])], cells);
    }

    private static void Synthetic()
    {
        var year = SimulatedVotes.Static(190, 100, seed: 2).Votes;
        Time("synthetic static 190 × 100", 31, () => IdealPointEstimator.EstimateStatic(year));
        Time("synthetic static serial", 31, () => IdealPointEstimator.EstimateStatic(year, new IdealPointOptions { Parallel = false }));
        var history = IdealPointBenchmarks.History();
        Time("synthetic dynamic 1946–2019", 3, () => IdealPointEstimator.EstimateDynamic(history));
    }

    private static void Static(VoteMatrix votes, int year)
    {
        var fit = Time($"static {year}", 3, () => IdealPointEstimator.EstimateStatic(votes, year, Options()));
        var ranked = fit.Points.OrderByDescending(p => p.Estimate).ToList();
        Console.WriteLine(string.Join(" ", ranked.Select(p => p.State.Iso3)));
        Console.WriteLine($"dropped roll calls {fit.DroppedRollCalls.Length}, used {fit.RollCallsUsed}");
        PrintBootstrap(fit);

        foreach (var iso in new[] { "USA", "ISR", "GBR", "RUS", "CHN", "CUB", "SYR", "IRN", "PRK", "VEN" })
        {
            var i = ranked.FindIndex(p => p.State.Iso3 == iso);
            if (i >= 0)
            {
                Console.WriteLine($"{iso} rank {i + 1}/{ranked.Count}: {ranked[i].Estimate:F2} ± {ranked[i].StandardError:F2} n={ranked[i].Votes}");
            }
        }
    }

    private static void Dynamic(VoteMatrix votes, int first, int last)
    {
        var fit = Time($"dynamic {first}–{last}", 1, () => IdealPointEstimator.EstimateDynamic(votes, first, last, Options(votes), null, default));
        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):F0} MiB; {fit.VotesUsed} votes, {fit.RollCallsUsed} roll calls, {fit.ItemGroups} groups");
        if (fit.Bridging is { } br)
        {
            Console.WriteLine($"bridging {br.Source} '{br.ListName}': {br.Pairs} pairs, {br.PairsUsed} used, {br.BridgedGroups} groups across periods, {br.BridgedRollCalls} bridged roll calls; weak periods {string.Join(",", br.WeakPeriods)}");
        }
        PrintBootstrap(fit);
        if (Environment.GetEnvironmentVariable("IDEAL_DUMP") is { } dump)
        {
            File.WriteAllLines(dump, fit.Points.Select(p => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{p.State.Iso3} {p.Period} {p.Estimate:R} {p.StandardError:R}")));
        }

        if (Environment.GetEnvironmentVariable("IDEAL_BSV") == "1")
        {
            // Bailey, Strezhnev and Voeten's published estimates (shared data, never shipped): pooled, by decade, worst sessions.
            var perPeriod = votes.RollCalls.GroupBy(r => IdealPointEstimator.PeriodOf(r, fit.Options.Period)).ToDictionary(g => g.Key, g => g.Count());
            var c = PublishedIdealPoints.Compare(fit, PublishedIdealPoints.Read(), perPeriod);
            Console.WriteLine($"BSV: {c.Pairs} pairs, pooled r {c.Pooled:F3}; decades {string.Join(" ", c.Decades.Select(d => $"{d.Key}s {d.Value:F3}"))}");
            Console.WriteLine($"BSV worst sessions (>= 20 roll calls): {string.Join(" ", c.Sessions.Where(x => x.RollCalls >= 20).OrderBy(x => x.R).Take(8).Select(x => $"{x.Session} {x.R:F3}"))}");
        }

        var all = fit.Points.Select(p => p.Estimate).ToArray();
        Console.WriteLine($"pooled mean {all.Average():F2} sd {Math.Sqrt(all.Select(v => v * v).Average() - (all.Average() * all.Average())):F2}; min {all.Min():F2} max {all.Max():F2}");
        foreach (var year in fit.Periods.Where(y => y % 5 == 0 || y == last))
        {
            var pts = fit.Points.Where(p => p.Period == year).ToDictionary(p => p.State.Iso3);
            string F(string iso) => pts.TryGetValue(iso, out var p) ? $"{iso} {p.Estimate,6:F2}±{p.StandardError:F2}" : $"{iso}     –     ";
            Console.WriteLine($"{year}: {F("USA")} {F("ISR")} {F("RUS")} {F("CHN")} {F("CUB")} {F("SYR")} {F("IRN")} {F("PRK")} range [{pts.Values.Min(p => p.Estimate):F2}, {pts.Values.Max(p => p.Estimate):F2}]");
        }

        var ranked = fit.Points.Where(p => p.Period == last).OrderBy(p => p.Estimate).ToList();
        Console.WriteLine($"{last}, lowest first: {string.Join(" ", ranked.Take(20).Select(p => $"{p.State.Iso3} {p.Estimate:F2}"))}");
        Console.WriteLine($"{last}: PRK rank from the low end {ranked.FindIndex(p => p.State.Iso3 == "PRK") + 1} of {ranked.Count}");
        var bad = fit.Periods.Where(y =>
        {
            var pts = fit.Points.Where(p => p.Period == y).ToDictionary(p => p.State.Iso3, p => p.Estimate);
            return pts.TryGetValue("USA", out var u) && pts.TryGetValue("RUS", out var r) && !(r < u);
        }).ToList();
        Console.WriteLine($"years with RUS ≥ USA: {string.Join(",", bad)}");
    }

    private static void Prk(VoteMatrix votes)
    {
        var fit = IdealPointEstimator.EstimateStatic(votes, 2019);
        int Row(string iso) => votes.States.ToList().FindIndex(c => c.Iso3 == iso);
        int prk = Row("PRK"), usa = Row("USA"), cub = Row("CUB"), syr = Row("SYR"), irn = Row("IRN");
        var dropped = fit.DroppedRollCalls.ToDictionary(d => d.Id);
        var agree = new int[3];
        var n = new int[3];
        for (var r = 0; r < votes.RollCalls.Length; r++)
        {
            var rc = votes.RollCalls[r];
            int y = 0, a = 0, no = 0, other = 0;
            for (var s = 0; s < votes.States.Length; s++)
            {
                switch (votes[s, r])
                {
                    case Vote.Yes: y++; break;
                    case Vote.Abstain: a++; break;
                    case Vote.No: no++; break;
                    default: other++; break;
                }
            }

            var d = dropped.TryGetValue(rc.Id, out var dd) ? $"DROP {dd.Reason} {dd.MinorityShare:F3}" : "";
            Console.WriteLine($"{rc.Id.Value} y{y,3} a{a,3} n{no,3} | PRK {votes[prk, r],-8} USA {votes[usa, r],-8} CUB {votes[cub, r],-8} SYR {votes[syr, r],-8} IRN {votes[irn, r],-8} {d} {(rc.Title ?? rc.Description ?? "")[..Math.Min(60, (rc.Title ?? rc.Description ?? "").Length)]}");
            if (d.Length == 0 && votes[prk, r] is Vote.Yes or Vote.No or Vote.Abstain)
            {
                foreach (var (other2, idx) in new[] { (usa, 0), (cub, 1), (syr, 2) })
                {
                    if (votes[other2, r] is Vote.Yes or Vote.No or Vote.Abstain)
                    {
                        n[idx]++;
                        agree[idx] += votes[other2, r] == votes[prk, r] ? 1 : 0;
                    }
                }
            }
        }

        Console.WriteLine($"PRK agreement on kept roll calls: USA {agree[0]}/{n[0]}, CUB {agree[1]}/{n[1]}, SYR {agree[2]}/{n[2]}");
    }

    private static void Items(VoteMatrix votes, int year, double itemVariance)
    {
        var options = new IdealPointOptions { ItemPriorVariance = itemVariance };
        var columns = votes.RollCalls.Select(r => r.Year == year ? year : int.MinValue).ToArray();
        var problem = IrtPreparation.Build(votes, columns, options, null);
        var engine = new IrtEngine(problem, options);
        var anchor = Enumerable.Range(0, problem.ChainCount).First(c => votes.States[problem.SlotRow[problem.ChainStart[c]]].Iso3 == "USA");
        Console.WriteLine(engine.Run(anchor, null, default));
        var x = engine.Positions.ToArray();
        var order = Enumerable.Range(0, problem.GroupCount).OrderByDescending(g => Math.Abs(engine.Discriminations[g]) / engine.Sigma(g)).ToArray();
        foreach (var g in order)
        {
            var rc = votes.RollCalls[problem.GroupColumns[g][0]];
            Console.WriteLine($"b/σ {engine.Discriminations[g] / engine.Sigma(g),8:F2} a {engine.Intercepts[g],7:F2} b {engine.Discriminations[g],7:F2} σ {engine.Sigma(g):F2} {(problem.GroupOrdinal[g] ? "ord" : "bin")} {(rc.Title ?? "")[..Math.Min(50, (rc.Title ?? "").Length)]}");
        }

        var slots = Enumerable.Range(0, problem.SlotCount).OrderByDescending(s => x[s]).ToArray();
        Console.WriteLine(string.Join(" ", slots.Select(s => $"{votes.States[problem.SlotRow[s]].Iso3}:{x[s]:F2}")));
    }

    private static IdealPointFit Time(string label, int runs, Func<IdealPointFit> fit)
    {
        var times = new List<double>();
        IdealPointFit result = null!;
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            result = fit();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"{label}: median {times[times.Count / 2]:F1} ms, min {times[0]:F1} ms ({runs} runs); {result.Convergence}");
        return result;
    }

    /// <summary>The bootstrap's summary: replicates, iterations per refit, bootstrap against observed-information SEs.</summary>
    private static void PrintBootstrap(IdealPointFit fit)
    {
        if (fit.Bootstrap is not { } boot)
        {
            return;
        }

        var wider = fit.Points.Count(p => p.Upper - p.Lower >= 2 * IdealPoint.Z95 * p.InformationStandardError);
        Console.WriteLine($"{boot}; {(double)boot.Iterations / boot.Replicates:F1} iterations per refit; mean SE bootstrap {fit.Points.Average(p => p.StandardError):F3}, "
            + $"observed information {fit.Points.Average(p => p.InformationStandardError):F3}; median ratio "
            + $"{fit.Points.Select(p => p.StandardError / p.InformationStandardError).Order().ElementAt(fit.Points.Length / 2):F2}; "
            + $"mean interval width {fit.Points.Average(p => p.Upper - p.Lower):F3}; bootstrap interval at least as wide for {wider} of {fit.Points.Length}");
    }
}
