using System.CommandLine;
using Multipolar.Alignment;
using Multipolar.Cases;
using Multipolar.Charts;
using Multipolar.Cli.Commands.Charts;
using Multipolar.Cli.Parsing;
using Multipolar.Countries;
using Multipolar.Data.Store;
using Spectre.Console;

namespace Multipolar.Cli.Commands.Cases;

/// <summary>Reads what the cases and briefs need from the store.</summary>
internal static class CaseStore
{
    public static CaseInputs Load(VoteStore store, bool withText) => new(
        store.LoadMatrix(new MatrixQuery { WithText = withText }),
        store.LoadPower(),
        store.DataVersion,
        ChartFile.VoteCitations(store));

    public static Provenance Provenance(VoteStore store, string command) =>
        new("multipolar " + command, store.DataVersion, store.PowerVersion, DateTime.UtcNow);
}

/// <summary><c>multipolar cases [NAME…] [--out DIR]</c>: the case studies with charts, tables and findings.</summary>
public sealed class CasesCommand : CliCommand<CasesCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : StoreSettings
    {
        private static readonly Argument<string[]> NamesArgument = CliSymbols.Many("NAME", "Cases to run (default: all): " + string.Join(", ", CaseStudies.All.Select(c => c.Key)) + ".");
        private static readonly Option<string> OutOption = CliSymbols.Text("--out", "DIR", "Folder to write into (one subfolder per case; default 'cases').", "cases");

        /// <summary>Names.</summary>
        public string[] Names { get; private set; } = [];

        /// <summary>Folder.</summary>
        public string Out { get; private set; } = "cases";

        /// <inheritdoc />
        public override string? Validate()
        {
            foreach (var n in Names)
            {
                try
                {
                    CaseStudies.Get(n);
                }
                catch (ArgumentException e)
                {
                    return e.Message;
                }
            }

            return base.Validate();
        }

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(NamesArgument);
            command.Add(OutOption);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            Names = result.GetValue(NamesArgument) ?? [];
            Out = result.GetValue(OutOption) ?? "cases";
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        var cases = settings.Names.Length == 0 ? [.. CaseStudies.All] : settings.Names.Select(CaseStudies.Get).ToArray();
        using var store = settings.OpenStore();
        var inputs = CaseStore.Load(store, withText: false);
        var provenance = CaseStore.Provenance(store, string.Join(' ', ["cases", .. settings.Names, "--out", settings.Out]));
        var reports = new CaseReport[cases.Length];
        Parallel.For(0, cases.Length, i => reports[i] = cases[i].Run(inputs));
        var ansi = Cli.Console.Ansi;
        foreach (var report in reports)
        {
            var files = ReportWriter.WriteFolder(report, provenance, Path.Combine(settings.Out, report.Key));
            ansi.MarkupLine($"[bold]{Markup.Escape(report.Title)}[/] → {Markup.Escape(Path.Combine(settings.Out, report.Key))} ({files.Count} files)");
            foreach (var f in report.Findings)
            {
                ansi.MarkupLine(Markup.Escape("  • " + f));
            }
        }

        ansi.MarkupLine(Markup.Escape($"data version {store.DataVersion}; material data version {store.PowerVersion}"));
        return 0;
    }
}

/// <summary><c>multipolar brief A B [--from Y] -o FILE [--format html|md]</c>: a self-contained brief on a dyad.</summary>
public sealed class BriefCommand : CliCommand<BriefCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : StoreSettings
    {
        private static readonly Argument<string> AArgument = CliSymbols.Required("A", "A state (any code or name).");
        private static readonly Argument<string> BArgument = CliSymbols.Required("B", "Another state.");
        private static readonly Option<int?> FromOption = CliSymbols.Int("--from", "YEAR", "First year (default: the first year both voted).");
        private static readonly Option<string?> OutOption = new("-o", "--out") { HelpName = "FILE", Description = "The file to write (.html, or .md with --format md). Required.", Required = true };
        private static readonly Option<string> FormatOption = CliSymbols.Text("--format", "FORMAT", "html (default: one self-contained file) or md (Markdown with the charts beside it).", "html");

        /// <summary>A.</summary>
        public string A { get; private set; } = "";

        /// <summary>B.</summary>
        public string B { get; private set; } = "";

        /// <summary>First year.</summary>
        public int? From { get; private set; }

        /// <summary>File.</summary>
        public string? Out { get; private set; }

        /// <summary>html or md.</summary>
        public string Format { get; private set; } = "html";

        /// <inheritdoc />
        public override string? Validate() =>
            Format.ToLowerInvariant() is not ("html" or "md") ? $"--format '{Format}': use html or md."
            : string.IsNullOrWhiteSpace(Out) ? "-o FILE is required." : base.Validate();

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(AArgument);
            command.Add(BArgument);
            command.Add(FromOption);
            command.Add(OutOption);
            command.Add(FormatOption);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            A = result.GetValue(AArgument) ?? "";
            B = result.GetValue(BArgument) ?? "";
            From = result.GetValue(FromOption);
            Out = result.GetValue(OutOption);
            Format = result.GetValue(FormatOption) ?? "html";
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        var dyad = new Dyad(CountryReference.Default.Resolve(settings.A), CountryReference.Default.Resolve(settings.B));
        using var store = settings.OpenStore();
        var inputs = CaseStore.Load(store, withText: true);
        var report = DyadBrief.Build(inputs, dyad, settings.From);
        var command = $"brief {dyad.A.Iso3} {dyad.B.Iso3}{(settings.From is int f ? $" --from {f}" : "")} -o {settings.Out}{(settings.Format == "md" ? " --format md" : "")}";
        var provenance = CaseStore.Provenance(store, command);
        var path = settings.Out!;
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        if (settings.Format.Equals("md", StringComparison.OrdinalIgnoreCase))
        {
            var stem = Path.GetFileNameWithoutExtension(path);
            foreach (var fig in report.Figures)
            {
                ChartRenderer.Save(fig.Figure, Path.Combine(dir, $"{stem}-{fig.Name}.png"));
            }

            File.WriteAllText(path, ReportWriter.Markdown(report, provenance, name => $"{stem}-{name}.png"));
        }
        else
        {
            File.WriteAllText(path, ReportWriter.Html(report, provenance));
        }

        Cli.Console.Out.WriteLine($"wrote {path} ({report.Title})");
        return 0;
    }
}
