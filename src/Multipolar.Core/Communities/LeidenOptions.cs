namespace Multipolar.Communities;

/// <summary>Options of one <see cref="Leiden"/> run; change them with <c>with</c>.</summary>
/// <remarks><c>default</c> is <see cref="Default"/>: γ = 1, seed 0, θ = 0.01, up to 50 iterations.</remarks>
public readonly record struct LeidenOptions
{
    private readonly double? resolution;
    private readonly double? randomness;
    private readonly int? maxIterations;

    /// <summary>The documented defaults.</summary>
    public static LeidenOptions Default => default;

    /// <summary>The resolution γ of <see cref="Modularity"/> (larger: more, smaller communities). Default 1; positive.</summary>
    public double Resolution { get => resolution ?? 1.0; init => resolution = value; }

    /// <summary>The seed of the random node orders and of the refinement's random merges. Default 0.</summary>
    public int Seed { get; init; }

    /// <summary>θ, the randomness of the refinement (Traag et al. 2019: 0.01, as python-igraph's <c>beta</c>). Positive.</summary>
    public double Randomness { get => randomness ?? 0.01; init => randomness = value; }

    /// <summary>
    /// How many times the whole algorithm is repeated from the partition it found, stopping earlier when an
    /// iteration changes nothing or raises the quality by no more than 1e-10 (leidenalg's <c>n_iterations</c> &lt; 0
    /// runs "until an iteration in which there was no improvement"). Default 50; at least 1.
    /// </summary>
    public int MaxIterations { get => maxIterations ?? 50; init => maxIterations = value; }

    /// <summary>
    /// Every graph through the row sums (<c>MoveNodesFast</c>, <c>Refine</c>), never the community-weight tables dense graphs
    /// use: for tests and benchmarks that compare the two.
    /// </summary>
    internal bool WithoutTables { get; init; }

    internal void Validate()
    {
        if (!(Resolution > 0) || !double.IsFinite(Resolution))
        {
            throw new ArgumentOutOfRangeException(nameof(Resolution), Resolution, "The resolution γ must be positive.");
        }

        if (!(Randomness > 0) || !double.IsFinite(Randomness))
        {
            throw new ArgumentOutOfRangeException(nameof(Randomness), Randomness, "The randomness θ must be positive.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxIterations, 1, nameof(MaxIterations));
    }
}
