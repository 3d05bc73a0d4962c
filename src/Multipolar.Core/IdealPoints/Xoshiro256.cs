namespace Multipolar.IdealPoints;

/// <summary>
/// The xoshiro256** generator (Blackman and Vigna 2021, "Scrambled Linear Pseudorandom Number Generators", ACM
/// Transactions on Mathematical Software 47(4):36), seeded from (seed, stream) by SplitMix64: a fixed algorithm, so a
/// seed gives the same numbers on every runtime and platform (<see cref="Random"/>'s seeded algorithm is not promised).
/// </summary>
/// <remarks>A mutable value type: pass it by reference. Not thread-safe; one per replicate.</remarks>
internal struct Xoshiro256
{
    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;

    /// <summary>A generator for stream <paramref name="stream"/> (a bootstrap replicate) of <paramref name="seed"/>.</summary>
    public Xoshiro256(int seed, int stream)
    {
        var state = ((ulong)(uint)seed << 32) | (uint)stream;
        s0 = SplitMix64(ref state);
        s1 = SplitMix64(ref state);
        s2 = SplitMix64(ref state);
        s3 = SplitMix64(ref state);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>SplitMix64 (Steele, Lea and Flood 2014): advances <paramref name="state"/> and returns a well-mixed 64-bit value.</summary>
    private static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
