using Multipolar.Cli.Commands.Alignment;
using Multipolar.Cli.Commands.IdealPoints;
using Multipolar.Cli.Commands.Sources;
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

        // Ideal points (docs/ideal-points.md)
        config.AddCommand<IdealCommand>("ideal").WithDescription("Ideal points: every state in a year, or trajectories of states (static per period, or --dynamic).")
            .WithExample("ideal", "--year", "2019")
            .WithExample("ideal", "RUS", "CHN", "USA", "--from", "1992", "--to", "2019", "--dynamic");
        config.AddCommand<DistanceCommand>("distance").WithDescription("The ideal-point distance series of two states (dynamic model).")
            .WithExample("distance", "RUS", "CHN", "--from", "1992", "--to", "2019");

        // Sources (docs/sources.md)
        RegisterSources(config);
    }

    private static void RegisterSources(IConfigurator config)
    {
        config.AddBranch("sources", b =>
        {
            b.SetDescription("The ingested sources (vintage, precedence, licence, citation); 'sources conflicts' lists where they disagree.");
            b.SetDefaultCommand<SourcesCommand>();
            b.AddCommand<ConflictsCommand>("conflicts").WithDescription("Votes on which matched sources disagree, with the effective one.")
                .WithExample("sources", "conflicts", "--from", "2020", "--to", "2021", "--summary");
            b.AddCommand<PrecedenceCommand>("precedence").WithDescription("Set which source wins where sources disagree (lower wins).")
                .WithExample("sources", "precedence", "UndlWide", "2");
        });
        config.AddCommand<CoverageCommand>("coverage").WithDescription("General Assembly roll calls per year and source, with the gaps named.");
        config.AddCommand<FetchCommand>("fetch").WithDescription("Download public releases (Voeten's Dataverse files), verify and ingest them; say where to get the others.")
            .WithExample("fetch", "voeten");
    }
}
