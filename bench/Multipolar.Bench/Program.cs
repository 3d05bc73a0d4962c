using BenchmarkDotNet.Running;
using Multipolar.Bench.Alignment;
using Multipolar.Bench.IdealPoints;
using Multipolar.Bench.Store;

switch (args)
{
    case ["alignment-peak", ..]:
        AlignmentPeak.Run(args.Length > 1 ? args[1] : "synthetic");
        return;
    case ["ideal-runs", ..]:
        IdealPointRuns.Run(args);
        return;
    case ["polarity-peer", ..]:
        Multipolar.Bench.Polarity.PolarityPeer.Run(args);
        return;
    case ["polarity-phases", ..]:
        Multipolar.Bench.Polarity.PolarityPhases.Run(args);
        return;
    case ["mai-calibration", ..]:
        Multipolar.Bench.Poles.MaiCalibration.Run(args);
        return;
    case ["ingest-phases"]:
        IngestPhases.Run();
        return;
    case ["ingest-all-phases"]:
        IngestAllPhases.Run();
        return;
    case ["source-overlap"]:
        SourceOverlapRun.Run();
        return;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return;
}
