using System.ComponentModel;
using Multipolar.Countries;
using Multipolar.Data.Fetch;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Multipolar.Cli.Commands.Sources;

/// <summary>
/// <c>multipolar fetch [SOURCE]</c>: downloads the public releases whose terms allow automated download
/// (Erik Voeten's Dataverse files), verifies and records them, then ingests the files Multipolar reads.
/// For the UN Digital Library, which forbids automated download, prints where to get the files and the
/// command that ingests them.
/// </summary>
public sealed class FetchCommand : AsyncCommand<FetchCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>Source.</summary>
        [CommandArgument(0, "[SOURCE]")]
        [Description("voeten (Harvard Dataverse, downloaded) or undl (UN Digital Library: instructions only). Default: both.")]
        public string? Source { get; init; }

        /// <summary>Server.</summary>
        [CommandOption("--server <URL>")]
        [Description("Dataverse server (default: $MULTIPOLAR_DATAVERSE_URL, else https://dataverse.harvard.edu).")]
        public string? Server { get; init; }

        /// <summary>Dataset.</summary>
        [CommandOption("--dataset <DOI>")]
        [Description("Dataset persistent id (default: doi:10.7910/DVN/LEJUQZ, Voeten's UNGA voting data).")]
        public string Dataset { get; init; } = DataverseClient.VoetenDoi;

        /// <summary>Files.</summary>
        [CommandOption("--file <NAME>")]
        [Description("Only these files of the dataset (default: every .csv/.csv.gz/.tab file).")]
        public string[] Files { get; init; } = [];

        /// <summary>Folder.</summary>
        [CommandOption("--dir <PATH>")]
        [Description("Download folder (default: sources/voeten in the user's Multipolar data folder).")]
        public string? Dir { get; init; }

        /// <summary>No ingest.</summary>
        [CommandOption("--no-ingest")]
        [Description("Download and verify only.")]
        public bool NoIngest { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() => Source is null or "voeten" or "undl"
            ? ValidationResult.Success()
            : ValidationResult.Error($"Unknown source '{Source}': use voeten or undl.");
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
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
