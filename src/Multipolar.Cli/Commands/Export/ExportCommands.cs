using System.CommandLine;
using System.Diagnostics;
using Multipolar.Alignment;
using Multipolar.Cli.Commands.Alignment;
using Multipolar.Cli.Commands.IdealPoints;
using Multipolar.Cli.Parsing;
using Multipolar.Data.Store;
using Spectre.Console;

namespace Multipolar.Cli.Commands.Export;

/// <summary>The <c>--out FILE</c> every export takes, and the one line it prints (docs/output.md).</summary>
internal static class ExportTarget
{
    public static readonly Option<string?> OutOption = CliSymbols.Text("--out", "FILE",
        "The file to write: .parquet (default for any other name), .csv or .csv.gz. Written to a temporary file next to it, then renamed.");

    public static string? Validate(string? path) => string.IsNullOrWhiteSpace(path) ? "--out FILE is required, e.g. --out dyads.parquet." : null;

    public static int Done(string what, long rows, string path, Stopwatch started)
    {
        Cli.Console.Ansi.MarkupLine(Markup.Escape(
            $"Wrote {rows:N0} {what} rows to {Path.GetFullPath(path)} ({ExportFormats.FromPath(path).ToString().ToLowerInvariant()}) in {started.Elapsed.TotalSeconds:0.0} s."));
        return 0;
    }
}

/// <summary><c>multipolar export dyads --out FILE</c>: every measure for every dyad, period and slice in one tidy file.</summary>
public sealed class ExportDyadsCommand : CliCommand<ExportDyadsCommand.Settings>
{
    /// <summary>Options: the alignment options, --from/--to and --out.</summary>
    public sealed class Settings : AlignmentSettings
    {
        private static readonly PeriodRangeOptions RangeOptions = new("PERIOD", "First year (or session with --by session).", "Last year (or session).");

        /// <summary>Target file.</summary>
        public string? Out { get; private set; }

        /// <summary>First period.</summary>
        public int? From { get; private set; }

        /// <summary>Last period.</summary>
        public int? To { get; private set; }

        /// <inheritdoc />
        public override string? Validate() => ExportTarget.Validate(Out)
            ?? new PeriodRange(null, From, To).Validate()
            ?? base.Validate();

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(ExportTarget.OutOption);
            RangeOptions.Declare(command);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            Out = result.GetValue(ExportTarget.OutOption);
            (_, From, To) = RangeOptions.Bind(result);
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        using var store = settings.OpenStore(readOnly: false);
        var votes = store.LoadMatrix(settings.VotesQuery(settings.From, settings.To));
        var loaded = started.Elapsed;
        var query = new AlignmentQuery
        {
            Measures = settings.MeasureGiven ? [settings.ParsedMeasure] : MeasureRegistry.Measures,
            Options = settings.Options,
            From = settings.From,
            To = settings.To,
        };

        // One slice at a time: the store writes one while the engine computes the next (docs/benchmarks.md).
        long computingTicks = 0;
        AlignmentResult Compute(Slice slice)
        {
            var watch = Stopwatch.StartNew();
            var result = AlignmentEngine.Compute(votes, query with { Slices = [slice] });
            Interlocked.Add(ref computingTicks, watch.Elapsed.Ticks);
            return result;
        }

        var rows = store.ExportAlignment(settings.IssueGiven ? [settings.ParsedSlice] : Slice.Standard, Compute, settings.Out!);
        Cli.Console.Ansi.MarkupLine(Markup.Escape(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Stages: open and load votes {loaded.TotalSeconds:0.00} s, compute and write {(started.Elapsed - loaded).TotalSeconds:0.00} s (the engine {TimeSpan.FromTicks(computingTicks).TotalSeconds:0.00} s of it, slice by slice alongside the write).")));
        return ExportTarget.Done("dyad", rows, settings.Out!, started);
    }
}

/// <summary><c>multipolar export ideal --out FILE</c>: the ideal-point panel (every state and period of the fits).</summary>
public sealed class ExportIdealCommand : CliCommand<ExportIdealCommand.Settings>
{
    /// <summary>Options: those of <c>ideal</c> and --out.</summary>
    public sealed class Settings : IdealSettings
    {
        /// <summary>Target file.</summary>
        public string? Out { get; private set; }

        /// <inheritdoc />
        public override string? Validate()
        {
            if (ExportTarget.Validate(Out) is { } error)
            {
                return error;
            }

            if (States.Length == 0 && Year is null && (From is null || To is null))
            {
                return "give --year Y (every state, one period) or --from A --to B (the panel of every state; --dynamic for one dynamic model).";
            }

            // The panel needs no states: the ideal command's "give states" rule does not apply to an export.
            var baseError = base.Validate();
            return baseError is not null && States.Length == 0 && baseError.StartsWith("give --year", StringComparison.Ordinal) ? null : baseError;
        }

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(ExportTarget.OutOption);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            Out = result.GetValue(ExportTarget.OutOption);
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        using var store = settings.OpenStore(readOnly: false);
        var fits = IdealRun.Estimate(store, settings, settings.From ?? settings.Year, settings.To ?? settings.Year, settings.Dynamic);
        var wanted = settings.States.Length == 0 ? null : settings.States.Select(s => Countries.CountryReference.Default.Resolve(s)).ToHashSet();
        var rows = store.ExportIdealPoints(fits, settings.Out!, wanted);
        return ExportTarget.Done("ideal-point", rows, settings.Out!, started);
    }
}

/// <summary>Options of <c>export votes</c> and <c>export rollcalls</c>: a range of years and --out.</summary>
public sealed class ExportRecordSettings : StoreSettings
{
    private static readonly PeriodRangeOptions RangeOptions = new("YEAR", "First calendar year.", "Last calendar year.");

    /// <summary>Target file.</summary>
    public string? Out { get; private set; }

    /// <summary>First year.</summary>
    public int? From { get; private set; }

    /// <summary>Last year.</summary>
    public int? To { get; private set; }

    /// <inheritdoc />
    public override string? Validate() => ExportTarget.Validate(Out)
        ?? new PeriodRange(null, From, To).Validate();

    internal override void Declare(Command command)
    {
        base.Declare(command);
        command.Add(ExportTarget.OutOption);
        RangeOptions.Declare(command);
    }

    internal override void Bind(ParseResult result)
    {
        base.Bind(result);
        Out = result.GetValue(ExportTarget.OutOption);
        (_, From, To) = RangeOptions.Bind(result);
    }
}

/// <summary><c>multipolar export votes --out FILE</c>: every effective vote, one row per roll call and state.</summary>
public sealed class ExportVotesCommand : CliCommand<ExportRecordSettings>
{
    /// <inheritdoc />
    public override int Execute(ExportRecordSettings settings, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        using var store = settings.OpenStore();
        return ExportTarget.Done("vote", store.ExportVotes(settings.Out!, settings.From, settings.To), settings.Out!, started);
    }
}

/// <summary><c>multipolar export rollcalls --out FILE</c>: every General Assembly roll call with its tally.</summary>
public sealed class ExportRollCallsCommand : CliCommand<ExportRecordSettings>
{
    /// <inheritdoc />
    public override int Execute(ExportRecordSettings settings, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        using var store = settings.OpenStore();
        return ExportTarget.Done("roll-call", store.ExportRollCalls(settings.Out!, settings.From, settings.To), settings.Out!, started);
    }
}

/// <summary>Options of <c>export countries</c>: --out.</summary>
public sealed class ExportCountriesSettings : StoreSettings
{
    /// <summary>Target file.</summary>
    public string? Out { get; private set; }

    /// <inheritdoc />
    public override string? Validate() => ExportTarget.Validate(Out);

    internal override void Declare(Command command)
    {
        base.Declare(command);
        command.Add(ExportTarget.OutOption);
    }

    internal override void Bind(ParseResult result)
    {
        base.Bind(result);
        Out = result.GetValue(ExportTarget.OutOption);
    }
}

/// <summary><c>multipolar export countries --out FILE</c>: the store's countries with their codes and votes stored.</summary>
public sealed class ExportCountriesCommand : CliCommand<ExportCountriesSettings>
{
    /// <inheritdoc />
    public override int Execute(ExportCountriesSettings settings, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        using var store = settings.OpenStore();
        return ExportTarget.Done("country", store.ExportCountries(settings.Out!), settings.Out!, started);
    }
}
