using BenchmarkDotNet.Running;
using Multipolar.Bench.Alignment;

if (args is ["alignment-peak", ..])
{
    AlignmentPeak.Run(args.Length > 1 ? args[1] : "synthetic");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
