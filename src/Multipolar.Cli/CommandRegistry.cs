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

        // Sources (docs/sources.md)
        RegisterSources(root);

        // Material power, charts, case studies and briefs (docs/power.md, docs/charts.md, docs/cases.md)
        root.Add(new Commands.Power.PowerCommand().Define("power", "Material polarity per year (CINC and GDP among the major powers); --year Y every state's shares; A B their ratios.",
            "power --from 1946", "power --year 2016", "power CHN RUS --from 1992"));
        var chart = new DocumentedCommand("chart", "Charts (PNG or SVG by the file's extension) of the standard views, titled, with sources in a footer.",
            ["chart dyad RUS CHN -o rus-chn.png", "chart power -o power.svg"]);
        chart.Add(new Commands.Charts.ChartDyadCommand().Define("dyad", "One dyad's alignment series (the options of 'align').", "chart dyad RUS CHN --from 1992 -o rus-chn.png"));
        chart.Add(new Commands.Charts.ChartIdealCommand().Define("ideal", "Ideal-point trajectories with 95% intervals (the options of 'ideal').", "chart ideal RUS CHN USA --from 1992 --to 2019 --dynamic -o ideal.png"));
        chart.Add(new Commands.Charts.ChartPowerCommand().Define("power", "Material polarity (effective number of major powers), or two states' ratios.", "chart power --from 1946 -o power.png", "chart power CHN RUS -o chn-rus.png"));
        chart.Add(new Commands.Charts.ChartMapCommand().Define("map", "Every state's agreement with one state in a year, ranked (a dot plot: no map geometry in the CLI).", "chart map CHN --year 2019 -o chn-2019.png"));
        root.Add(chart);
        root.Add(new Commands.Cases.CasesCommand().Define("cases", "The case studies (charts, tables, findings, flags, limits, citations), all or by name.",
            "cases --out cases/", "cases russia-china"));
        root.Add(new Commands.Cases.BriefCommand().Define("brief", "A brief on a dyad: one self-contained HTML file with embedded charts (or Markdown).",
            "brief RUS CHN --from 1992 -o brief.html", "brief IND USA -o brief.md --format md"));
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
