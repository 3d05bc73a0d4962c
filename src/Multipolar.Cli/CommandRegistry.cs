using System.CommandLine;
using Multipolar.Cli.Commands.Alignment;
using Multipolar.Cli.Commands.IdealPoints;
using Multipolar.Cli.Commands.Sources;
using Multipolar.Cli.Parsing;

namespace Multipolar.Cli;

/// <summary>Commands of the analysis features (alignment, ideal points, sources), registered in one place.</summary>
internal static class CommandRegistry
{
    public static void Register(RootCommand root)
    {
        // Alignment (docs/measures.md)
        root.Add(new AlignCommand().Define("align", "One dyad's alignment series (per year or session).",
            "align RUS CHN --measure kappa --from 1992 --to 2019"));
        root.Add(new MatrixCommand().Define("matrix", "The all-pairs matrix of one year.",
            "matrix --year 2019 --measure s --format csv"));
        root.Add(new NearestCommand().Define("nearest", "The states most and least aligned with a state.",
            "nearest CHN --year 2019"));
        root.Add(new SensitivityCommand().Define("sensitivity", "One dyad's series under each measurement choice, with the spread.",
            "sensitivity RUS CHN"));
        root.Add(new PrecomputeCommand().Define("precompute", "Materialise every measure for every dyad, year, session and slice into the store."));

        // Ideal points (docs/ideal-points.md)
        root.Add(new IdealCommand().Define("ideal", "Ideal points: every state in a year, or trajectories of states (static per period, or --dynamic).",
            "ideal --year 2019", "ideal --year 2019 --bootstrap 200", "ideal RUS CHN USA --from 1992 --to 2019 --dynamic"));
        root.Add(new DistanceCommand().Define("distance", "The ideal-point distance series of two states (dynamic model).",
            "distance RUS CHN --from 1992 --to 2019"));

        // Polarity, spheres, convergence (docs/polarity.md)
        root.Add(new Commands.Polarity.PolarityCommand().Define("polarity", "Communities of the Assembly per year (Leiden, signed modularity), labelled by the poles they contain, with effective poles and stability.",
            "polarity --from 1946", "polarity --year 1985 --communities", "polarity --from 1990 --members --format csv", "polarity --year 2019 --robustness"));
        root.Add(new Commands.Shifts.SphereCommand().Define("sphere", "A bloc's members between two poles per year: lean, normalised lean (pole popularity removed), bloc mean, crossovers with their votes.",
            "sphere C5 --poles RUS,CHN --from 1992", "sphere C5 --poles RUS,CHN --mean", "sphere C5 --poles RUS,CHN --crossovers"));
        root.Add(new Commands.Shifts.ConvergeCommand().Define("converge", "Who converged on whom: the change in ideal-point distance as each state's movement, and in agreement as each state's changed votes.",
            "converge RUS CHN --from 1992 --to 2019", "converge RUS CHN --from 1992 --to 2019 --votes"));
        root.Add(new Commands.Shifts.ExplainCommand().Define("explain", "The roll calls behind a change in alignment (a dyad, a bloc's cohesion, a bloc's lean between poles).",
            "explain RUS CHN --from 2005 --to 2015", "explain --bloc C5 --from 2000 --to 2015", "explain --bloc C5 --poles RUS,CHN --from 2000 --to 2015"));

        // Sources (docs/sources.md)
        RegisterSources(root);
    }

    private static void RegisterSources(RootCommand root)
    {
        var sources = new SourcesCommand().Define("sources",
            "The ingested sources (vintage, precedence, licence, citation); 'sources conflicts' lists where they disagree.");
        sources.Add(new ConflictsCommand().Define("conflicts", "Votes on which matched sources disagree, with the effective one.",
            "sources conflicts --from 2020 --to 2021 --summary"));
        sources.Add(new PrecedenceCommand().Define("precedence", "Set which source wins where sources disagree (lower wins).",
            "sources precedence UndlWide 2"));
        root.Add(sources);
        root.Add(new CoverageCommand().Define("coverage", "General Assembly roll calls per year and source, with the gaps named."));
        root.Add(new FetchCommand().Define("fetch", "Download public releases (Voeten's Dataverse files), verify and ingest them; say where to get the others.",
            "fetch voeten"));
    }
}
