using System.CommandLine;
using Multipolar.Cli.Commands.Alignment;
using Multipolar.Cli.Commands.IdealPoints;
using Multipolar.Cli.Commands.Poles;
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

        // Poles and blocs (docs/analytics.md)
        RegisterPoles(root);

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

        // The web dashboard and HTTP API (docs/api.md)
        root.Add(new Multipolar.Cli.Commands.ServeCommand().Define("serve", "Serve the web dashboard and the HTTP API (/api/v1) over the store, on loopback.",
            "serve", "serve --db store.duckdb --urls http://127.0.0.1:5080", "serve --ingest ../shared/data/unvotes"));

        // Material power, charts, case studies and briefs (docs/power.md, docs/charts.md, docs/cases.md)
        root.Add(new Commands.Power.PowerCommand().Define("power", "Material polarity per year (CINC and GDP among the major powers); --year Y every state's shares; A B their ratios.",
            "power --from 1946", "power --year 2016", "power CHN RUS --from 1992"));
        var chart = new DocumentedCommand("chart", "Charts (PNG or SVG by the file's extension) of the standard views, titled, with sources in a footer.",
            ["chart dyad RUS CHN -o rus-chn.png", "chart power -o power.svg"]);
        chart.Add(new Commands.Charts.ChartDyadCommand().Define("dyad", "One dyad's alignment series (the options of 'align').", "chart dyad RUS CHN --from 1992 -o rus-chn.png"));
        chart.Add(new Commands.Charts.ChartIdealCommand().Define("ideal", "Ideal-point trajectories with 95% intervals (the options of 'ideal').", "chart ideal RUS CHN USA --from 1992 --to 2019 --dynamic -o ideal.png"));
        chart.Add(new Commands.Charts.ChartPowerCommand().Define("power", "Material polarity (effective number of major powers), or two states' ratios.", "chart power --from 1946 -o power.png", "chart power CHN RUS -o chn-rus.png"));
        chart.Add(new Commands.Charts.ChartMapCommand().Define("map", "Every state's agreement with one state in a year, ranked (a dot plot: no map geometry in the CLI).", "chart map CHN --year 2019 -o chn-2019.png"));
        chart.Add(new Commands.Charts.ChartProfileCommand().Define("profile", "A state's alignment with each pole per year (the options of 'profile').", "chart profile IND --from 1992 -o ind.png"));
        chart.Add(new Commands.Charts.ChartBlocCommand().Define("bloc", "A bloc's cohesion per year: agreement index and pairwise agreement (the options of 'bloc').", "chart bloc BRICS --from 2009 -o brics.png"));
        chart.Add(new Commands.Charts.ChartMultialignCommand().Define("multialign", "Every state's multi-alignment index in a year, ranked (the options of 'multialign').", "chart multialign --year 2019 -o mai-2019.png"));
        chart.Add(new Commands.Charts.ChartPolarityCommand().Define("polarity", "The effective number of poles per year (the options of 'polarity').", "chart polarity --from 1946 -o polarity.png"));
        root.Add(chart);
        root.Add(new Commands.Cases.CasesCommand().Define("cases", "The case studies (charts, tables, findings, flags, limits, citations), all or by name.",
            "cases --out cases/", "cases russia-china"));
        root.Add(new Commands.Cases.BriefCommand().Define("brief", "A brief on a dyad: one self-contained HTML file with embedded charts (or Markdown).",
            "brief RUS CHN --from 1992 -o brief.html", "brief IND USA -o brief.md --format md"));

        // Exports (docs/output.md)
        RegisterExports(root);
    }

    private static void RegisterExports(RootCommand root)
    {
        var export = new Command("export", "Write a whole dataset to one tidy file: Parquet (.parquet, the default) or CSV (.csv, .csv.gz).");
        export.Add(new Commands.Export.ExportDyadsCommand().Define("dyads", "Every measure for every dyad, period and slice (alignment options as 'align').",
            "export dyads --out dyads.parquet", "export dyads --by session --measure identity --drop-unanimous --out agree.csv"));
        export.Add(new Commands.Export.ExportIdealCommand().Define("ideal", "The ideal-point panel: every state and period (options as 'ideal').",
            "export ideal --from 1992 --to 2019 --dynamic --out ideal.parquet"));
        export.Add(new Commands.Export.ExportVotesCommand().Define("votes", "Every effective vote, one row per roll call and state.", "export votes --out votes.parquet"));
        export.Add(new Commands.Export.ExportRollCallsCommand().Define("rollcalls", "Every General Assembly roll call with its tally.", "export rollcalls --out rollcalls.csv"));
        export.Add(new Commands.Export.ExportCountriesCommand().Define("countries", "The store's countries with their codes.", "export countries --out countries.csv"));
        root.Add(export);
    }

    private static void RegisterPoles(RootCommand root)
    {
        root.Add(new ProfileCommand().Define("profile", "A state's alignment with each pole per year and issue area, nearest pole and net alignment.",
            "profile IND --from 2015 --to 2019", "profile IND --year 2019 --issue hr --measure kappa", "profile BRA --year 2019 --ideal", "profile IND --poles USA,CHN,RUS,GBR --year 2019"));
        root.Add(new MultialignCommand().Define("multialign", "The multi-alignment ranking of a year: index, class (aligned / multi-aligned / hedging) and its stability.",
            "multialign --year 2019 --top 20", "multialign --year 2019 --min-votes 20 --format csv"));
        root.Add(new ContestsCommand().Define("contests", "Roll calls where the poles split (default USA v CHN+RUS), who prevailed, and the swing states.",
            "contests --from 1991 --to 2019", "contests --poles USA,CHN,RUS --from 1991 --to 2019 --by-state --top 20", "contests --poles USA,RUS --issue hr"));
        root.Add(new BlocCommand().Define("bloc", "A bloc's cohesion per year (HNR agreement index, pairwise agreement), distance to the poles and other blocs, members' distance to its centre.",
            "bloc BRICS --from 2000", "bloc NATO --from 1990 --view members", "bloc EU --year 2019 --view blocs"));
        root.Add(new BlocsCommand().Define("blocs", "The bloc table: every bloc, or one bloc's dated membership.",
            "blocs", "blocs NATO", "blocs EU --as-of 2019-12-31"));
        root.Add(new SplitsCommand().Define("splits", "The roll calls that divide a bloc most (lowest AI), or that separate two blocs most, with members' votes.",
            "splits BRICS --year 2019", "splits BRICS --vs G7 --year 2019 --top 5"));
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
