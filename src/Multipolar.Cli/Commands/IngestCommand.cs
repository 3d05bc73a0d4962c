using System.CommandLine;
using System.Globalization;
using Multipolar.Cli.Output;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Power;
using Multipolar.Data.Store;
using Spectre.Console;
using Multipolar.Cli.Parsing;

namespace Multipolar.Cli.Commands;

/// <summary><c>multipolar ingest PATH...</c>: reads source files or folders into the store, all or nothing.</summary>
public sealed class IngestCommand : CliCommand<IngestCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : StoreSettings
    {
        private static readonly Argument<string[]> PathsArgument = CliSymbols.Many("PATH", "Files or folders (a folder's recognised files are read together); plain or .gz.", atLeastOne: true);

        /// <summary>Files or folders.</summary>
        public string[] Paths { get; private set; } = [];

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(PathsArgument);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            Paths = result.GetValue(PathsArgument) ?? [];
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        var console = Cli.Console;
        var (powerFiles, votePaths) = PowerReader.Plan(settings.Paths);
        IReadOnlyList<(string Path, SourceFormat Format)> files = [];
        IReadOnlyList<string> ignored = [];
        if (votePaths.Count > 0)
        {
            (files, ignored) = SourceReader.Plan(votePaths);
        }

        ignored = [.. ignored.Where(f => !powerFiles.Contains(f))];
        if (files.Count == 0 && powerFiles.Count == 0)
        {
            throw new IngestException(string.Join(", ", settings.Paths), 0, null, null, "no file in a layout Multipolar reads.");
        }

        // Material-power files are read (validated) before anything is written, and written with the votes in one transaction.
        var power = powerFiles.Count == 0 ? null : PowerReader.Read(powerFiles, CountryReference.Default);
        using var store = settings.OpenStore(readOnly: false);
        if (files.Count == 0)
        {
            store.IngestPower(power!);
            SummarisePower(console, power!, store.PowerVersion);
            return 0;
        }

        SourceBatch? batch = null;
        IngestResult? result = null;
        var started = System.Diagnostics.Stopwatch.StartNew();
        console.Ansi.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var read = ctx.AddTask("Reading", maxValue: 1.0);
                var write = ctx.AddTask("Writing", maxValue: 1.0, autoStart: false);
                batch = SourceReader.Read(files, CountryReference.Default, p =>
                {
                    read.Description = $"Reading {Markup.Escape(Path.GetFileName(p.File))}";
                    read.Value = p.BytesTotal == 0 ? 1 : (double)p.BytesDone / p.BytesTotal;
                });
                read.Value = 1;
                write.StartTask();
                result = store.Ingest(batch, (stage, fraction) =>
                {
                    write.Description = $"Writing: {stage}";
                    write.Value = fraction;
                }, power);
                write.Value = 1;
            });

        Summarise(console, result!, ignored, started.Elapsed);
        if (power is not null)
        {
            SummarisePower(console, power, store.PowerVersion);
        }

        return 0;
    }

    private static void SummarisePower(CliConsole console, PowerBatch batch, string version)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"Material power (version {version})").AddColumn("file").AddColumn("layout")
            .AddColumn(new TableColumn("rows").RightAligned()).AddColumn(new TableColumn("kept").RightAligned()).AddColumn("left out (largest first)");
        foreach (var f in batch.Files)
        {
            var left = string.Join("; ", f.Skipped.GroupBy(s => s.Reason).Select(g =>
                $"{g.Key}: {g.Sum(s => s.Count):N0} rows of {g.Count()} codes ({string.Join(", ", g.Take(8).Select(s => s.Code))}{(g.Count() > 8 ? ", …" : "")})"));
            table.AddRow(Markup.Escape(Path.GetFileName(f.Path)), f.Format.ToString(), f.Rows.ToString("N0", CultureInfo.InvariantCulture),
                f.Kept.ToString("N0", CultureInfo.InvariantCulture), Markup.Escape(left));
        }

        console.Ansi.Write(table);
    }

    private static void Summarise(CliConsole console, IngestResult result, IReadOnlyList<string> ignored, TimeSpan elapsed)
    {
        var ansi = console.Ansi;
        var inv = CultureInfo.InvariantCulture;
        if (result.AlreadyIngested.Count == result.Files.Count)
        {
            ansi.MarkupLine($"[yellow]Nothing to do:[/] every file was already ingested (same checksum): {Markup.Escape(string.Join(", ", result.AlreadyIngested.Select(Path.GetFileName)))}.");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("Ingest summary").AddColumn("").AddColumn(new TableColumn("").RightAligned());
        table.AddRow("Files read", result.Files.Count.ToString(inv));
        table.AddRow("Roll calls (new)", result.NewRollCalls.ToString("N0", inv));
        table.AddRow("Roll calls (already stored)", result.MatchedRollCalls.ToString("N0", inv));
        table.AddRow("Votes (new)", result.NewVotes.ToString("N0", inv));
        table.AddRow("Votes already stored (same vote)", result.DuplicateVotes.ToString("N0", inv));
        table.AddRow("Conflicting votes", result.Conflicts.Count.ToString("N0", inv));
        table.AddRow("Countries", result.States.ToString(inv));
        table.AddRow("Years", result.Years is { } y ? $"{y.From}–{y.To}" : "–");
        if (result.Resolutions > 0)
        {
            table.AddRow("Resolutions (adopted, voted or not)", result.Resolutions.ToString("N0", inv));
        }

        table.AddRow("Issues", Markup.Escape(string.Join(", ", result.Issues.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => $"{i.Key} {i.Value:N0}"))));
        foreach (var s in result.Skipped)
        {
            table.AddRow(Markup.Escape($"Skipped: {s.Reason}"), s.Count.ToString("N0", inv));
        }

        foreach (var f in result.AlreadyIngested)
        {
            table.AddRow(Markup.Escape($"Skipped file (already ingested): {Path.GetFileName(f)}"), "");
        }

        foreach (var f in ignored)
        {
            table.AddRow(Markup.Escape($"Ignored (layout not recognised): {Path.GetFileName(f)}"), "");
        }

        table.AddRow("Time", $"{elapsed.TotalSeconds:0.00} s");
        ansi.Write(table);
        foreach (var c in result.Conflicts.Take(20))
        {
            ansi.MarkupLine(Markup.Escape($"conflict: roll call {c.RollCallId}, {c.Iso3}: stored {c.Existing.ToString().ToLowerInvariant()} ({Path.GetFileName(c.ExistingSource)}) vs {c.Incoming.ToString().ToLowerInvariant()} ({c.IncomingSource}); effective: {(c.IncomingWins ? "new" : "stored")}"));
        }

        if (result.Conflicts.Count > 20)
        {
            ansi.MarkupLine($"… and {result.Conflicts.Count - 20:N0} more conflicts.");
        }

        foreach (var d in result.IssueDefects)
        {
            ansi.MarkupLine($"[yellow]Source defect:[/] {Markup.Escape(d.Describe())} (docs/sources.md, Known source defects).");
        }

        foreach (var kind in result.Quirks.GroupBy(q => q.Kind))
        {
            foreach (var q in kind.Take(10))
            {
                var where = q.Line > 0 ? $"{Path.GetFileName(q.File)}:{q.Line}" : Path.GetFileName(q.File);
                ansi.MarkupLine($"[yellow]Source quirk ({Markup.Escape(q.Kind)}):[/] {Markup.Escape($"{where}: {q.Detail}")}");
            }

            if (kind.Count() > 10)
            {
                ansi.MarkupLine($"… and {kind.Count() - 10:N0} more ({Markup.Escape(kind.Key)}).");
            }
        }

        if (result.NothingNew)
        {
            ansi.MarkupLine("[yellow]Nothing new:[/] the store already held all of this data; nothing was written.");
        }
    }
}
