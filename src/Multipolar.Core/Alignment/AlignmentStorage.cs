namespace Multipolar.Alignment;

/// <summary>The dense arrays of a result: per measure one value per (cell, dyad); per (cell, dyad) the two Ns.</summary>
/// <remarks>Index = cell × dyad count + dyad. Written once by the engine, then read-only.</remarks>
internal sealed class AlignmentStorage
{
    public AlignmentStorage(int measures, int cells, int dyads)
    {
        var size = checked(cells * dyads);
        Values = new double[measures][];
        for (var m = 0; m < measures; m++)
        {
            Values[m] = GC.AllocateUninitializedArray<double>(size);
        }

        JointN = GC.AllocateUninitializedArray<int>(size);
        YesNoN = GC.AllocateUninitializedArray<int>(size);
    }

    public double[][] Values { get; }

    /// <summary>Joint votes (both cast yes, abstain or no).</summary>
    public int[] JointN { get; }

    /// <summary>Joint votes where both voted yes or no.</summary>
    public int[] YesNoN { get; }
}
