using System.CommandLine;
using Multipolar.Countries;
using Multipolar.Data.Fetch;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;
using Spectre.Console;
using Multipolar.Cli.Parsing;

namespace Multipolar.Cli.Commands.Sources;

/// <summary>
/// <c>multipolar fetch [SOURCE]</c>: downloads the public releases whose terms allow automated download
/// (Erik Voeten's Dataverse files), verifies and records them, then ingests the files Multipolar reads.
/// For the UN Digital Library, which forbids automated download, prints where to get the files and the
/// command that ingests them.
/// </summary>
public sealed class FetchCommand : AsyncCliCommand<FetchCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : StoreSettings
    {
        private static readonly Argument<string?> SourceArgument = CliSymbols.Optional("SOURCE", "voeten (Harvard Dataverse, downloaded) or undl (UN Digital Library: instructions only). Default: both.");
        private static readonly Option<string?> ServerOption = CliSymbols.Text("--server", "URL", "Dataverse server (default: $MULTIPOLAR_DATAVERSE_URL, else https://dataverse.harvard.edu).");
        private static readonly Option<string> DatasetOption = CliSymbols.Text("--dataset", "DOI", "Dataset persistent id (default: doi:10.7910/DVN/LEJUQZ, Voeten's UNGA voting data).", DataverseClient.VoetenDoi);
        private static readonly Option<string[]> FilesOption = CliSymbols.Texts("--file", "NAME", "Only these files of the dataset (default: every .csv/.csv.gz/.tab file).");
        private static readonly Option<string?> DirOption = CliSymbols.Text("--dir", "PATH", "Download folder (default: sources/voeten in the user's Multipolar data folder).");
        private static readonly Option<bool> NoIngestOption = CliSymbols.Flag("--no-ingest", "Download and verify only.");

        /// <summary>Source.</summary>
        public string? Source { get; private set; }

        /// <summary>Server.</summary>
        public string? Server { get; private set; }

        /// <summary>Dataset.</summary>
        public string Dataset { get; private set; } = DataverseClient.VoetenDoi;

        /// <summary>Files.</summary>
        public string[] Files { get; private set; } = [];

        /// <summary>Folder.</summary>
        public string? Dir { get; private set; }

        /// <summary>No ingest.</summary>
        public bool NoIngest { get; private set; }

        /// <inheritdoc />
        public override string? Validate() => Source is null or "voeten" or "undl"
            ? null
            : $"Unknown source '{Source}': use voeten or undl.";

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(SourceArgument);
            command.Add(ServerOption);
            command.Add(DatasetOption);
            command.Add(FilesOption);
            command.Add(DirOption);
            command.Add(NoIngestOption);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            Source = result.GetValue(SourceArgument);
            Server = result.GetValue(ServerOption);
            Dataset = result.GetValue(DatasetOption) ?? DataverseClient.VoetenDoi;
            Files = result.GetValue(FilesOption) ?? [];
            Dir = result.GetValue(DirOption);
            NoIngest = result.GetValue(NoIngestOption);
        }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(Settings settings, CancellationToken cancellationToken)
    {
        var ansi = Cli.Console.Ansi;
        if (settings.Source is null or "undl")
        {
            ansi.MarkupLine(Markup.Escape("UN Digital Library (https://digitallibrary.un.org): its terms do not allow automated download. " +
                "Download the voting data yourself (Voting Data → export, or the bulk files on the library's data page), then ingest them with:"));
            ansi.MarkupLine(Markup.Escape("  multipolar ingest PATH/TO/DOWNLOADED/FILES"));
            ansi.MarkupLine(Markup.Escape("Cite: © United Nations, [year], https://digitallibrary.un.org, downloaded on [date]."));
        }

        if (settings.Source is "undl")
        {
            return 0;
        }

        var server = new Uri(EnsureSlash(settings.Server ?? Environment.GetEnvironmentVariable(DataverseClient.ServerVariable) ?? DataverseClient.Harvard.ToString()));
        var folder = Path.GetFullPath(settings.Dir ?? Path.Combine(StoreLocation.DataFolder, "sources", "voeten"));
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(30) };
        var client = new DataverseClient(http, server);
        var dataset = await client.ListAsync(settings.Dataset, cancellationToken).ConfigureAwait(false);
        var wanted = dataset.Files.Where(f => settings.Files.Length > 0
            ? settings.Files.Contains(f.FileName, StringComparer.OrdinalIgnoreCase)
            : f.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || f.FileName.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase) || f.FileName.EndsWith(".tab", StringComparison.OrdinalIgnoreCase)).ToArray();
        if (wanted.Length == 0)
        {
            throw new FetchException($"{settings.Dataset} version {dataset.Version} has no file to fetch{(settings.Files.Length > 0 ? " named " + string.Join(", ", settings.Files) : "")}; it lists: {string.Join(", ", dataset.Files.Select(f => f.FileName))}.");
        }

        ansi.MarkupLine(Markup.Escape($"{settings.Dataset} version {dataset.Version} at {server}: {wanted.Length} file(s) into {folder}"));
        var paths = new List<string>();
        await ansi.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(), new TransferSpeedColumn())
            .StartAsync(async ctx =>
            {
                foreach (var file in wanted)
                {
                    var task = ctx.AddTask(Markup.Escape(file.FileName), maxValue: file.Bytes ?? 1);
                    paths.Add(await client.DownloadAsync(file, folder, p =>
                    {
                        task.MaxValue = p.Total ?? Math.Max(task.MaxValue, p.Done);
                        task.Value = p.Done;
                    }, cancellationToken).ConfigureAwait(false));
                    task.Value = task.MaxValue;
                }
            }).ConfigureAwait(false);
        new FetchManifest(settings.Dataset, server.ToString(), dataset.Version, DateTime.UtcNow, wanted).Write(folder);
        ansi.MarkupLine(Markup.Escape($"Verified (MD5) and recorded in {Path.Combine(folder, FetchManifest.FileName)}."));
        if (settings.NoIngest)
        {
            return 0;
        }

        var (files, ignored) = SourceReader.Plan(paths);
        if (files.Count == 0)
        {
            ansi.MarkupLine(Markup.Escape($"None of the files is in a layout Multipolar reads; ignored: {string.Join(", ", ignored.Select(Path.GetFileName))}."));
            return 0;
        }

        using var store = settings.OpenStore(readOnly: false);
        var result = store.Ingest(SourceReader.Read(files, CountryReference.Default));
        ansi.MarkupLine(Markup.Escape($"Ingested {files.Count} file(s): {result.NewRollCalls:N0} new roll calls, {result.NewVotes:N0} new votes, {result.Conflicts.Count:N0} conflicting votes; data version {store.DataVersion}."));
        return 0;
    }

    private static string EnsureSlash(string url) => url.EndsWith('/') ? url : url + "/";
}
