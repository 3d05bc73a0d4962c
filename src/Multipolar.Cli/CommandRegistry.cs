using Multipolar.Cli.Commands;
using Multipolar.Cli.Commands.Alignment;
using Spectre.Console.Cli;

namespace Multipolar.Cli;

/// <summary>Commands of the analysis features (alignment, ideal points, sources), registered in one place.</summary>
internal static class CommandRegistry
{
    public static void Register(IConfigurator config)
    {
        // Alignment (docs/measures.md)
        config.AddCommand<AlignCommand>("align").WithDescription("One dyad's alignment series (per year or session).")
            .WithExample("align", "RUS", "CHN", "--measure", "kappa", "--from", "1992", "--to", "2019");
        config.AddCommand<MatrixCommand>("matrix").WithDescription("The all-pairs matrix of one year.")
            .WithExample("matrix", "--year", "2019", "--measure", "s", "--format", "csv");
        config.AddCommand<NearestCommand>("nearest").WithDescription("The states most and least aligned with a state.")
            .WithExample("nearest", "CHN", "--year", "2019");
        config.AddCommand<SensitivityCommand>("sensitivity").WithDescription("One dyad's series under each measurement choice, with the spread.")
            .WithExample("sensitivity", "RUS", "CHN");
        config.AddCommand<PrecomputeCommand>("precompute").WithDescription("Materialise every measure for every dyad, year, session and slice into the store.");
    }
}
