using System.Numerics;
using System.Runtime.CompilerServices;
using Multipolar.Votes;

namespace Multipolar.Alignment;

/// <summary>
/// Bit-packed votes of a set of states over one cell's roll calls: per state three bitsets (yes, abstain, no)
/// of <see cref="Words"/> 64-bit words each, laid out [state][yes | abstain | no][word]. The 3 × 3 contingency
/// table of two states is nine popcounts of ANDs per word.
/// </summary>
/// <remarks>Immutable after <see cref="Build"/>; safe to read from many threads.</remarks>
internal sealed class VoteBits
{
    private readonly ulong[] bits;

    private VoteBits(ulong[] bits, int words)
    {
        this.bits = bits;
        Words = words;
    }

    public int Words { get; }

    /// <summary>Packs the votes of matrix rows <paramref name="rows"/> (slot i holds row rows[i]) on <paramref name="columns"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static VoteBits Build(VoteMatrix matrix, ReadOnlySpan<int> rows, ReadOnlySpan<int> columns)
    {
        var words = (columns.Length + 63) >> 6;
        var bits = new ulong[rows.Length * 3 * words];
        for (var i = 0; i < rows.Length; i++)
        {
            var row = matrix.Row(rows[i]);
            var yes = bits.AsSpan(i * 3 * words, words);
            var abstain = bits.AsSpan((i * 3 * words) + words, words);
            var no = bits.AsSpan((i * 3 * words) + (2 * words), words);
            for (var k = 0; k < columns.Length; k++)
            {
                var bit = 1UL << (k & 63);
                switch (row[columns[k]])
                {
                    case Vote.Yes: yes[k >> 6] |= bit; break;
                    case Vote.Abstain: abstain[k >> 6] |= bit; break;
                    case Vote.No: no[k >> 6] |= bit; break;
                    default: break;
                }
            }
        }

        return new VoteBits(bits, words);
    }

    /// <summary>The contingency table of slots <paramref name="a"/> (rows) and <paramref name="b"/> (columns).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ContingencyTable Table(int a, int b)
    {
        var w = Words;
        ReadOnlySpan<ulong> x = bits.AsSpan(a * 3 * w, 3 * w);
        ReadOnlySpan<ulong> y = bits.AsSpan(b * 3 * w, 3 * w);
        int yy = 0, ya = 0, yn = 0, ay = 0, aa = 0, an = 0, ny = 0, na = 0, nn = 0;
        for (var i = 0; i < w; i++)
        {
            ulong xy = x[i], xa = x[w + i], xn = x[(2 * w) + i];
            ulong by = y[i], ba = y[w + i], bn = y[(2 * w) + i];
            yy += BitOperations.PopCount(xy & by);
            ya += BitOperations.PopCount(xy & ba);
            yn += BitOperations.PopCount(xy & bn);
            ay += BitOperations.PopCount(xa & by);
            aa += BitOperations.PopCount(xa & ba);
            an += BitOperations.PopCount(xa & bn);
            ny += BitOperations.PopCount(xn & by);
            na += BitOperations.PopCount(xn & ba);
            nn += BitOperations.PopCount(xn & bn);
        }

        return new ContingencyTable(yy, ya, yn, ay, aa, an, ny, na, nn);
    }
}
