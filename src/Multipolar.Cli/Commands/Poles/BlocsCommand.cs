using System.CommandLine;
using System.Globalization;
using Multipolar.Cli.Output;
using Multipolar.Cli.Parsing;
using Spectre.Console;
using Multipolar.Cli.Commands;

namespace Multipolar.Cli.Commands.Poles;

/// <summary><c>multipolar blocs</c>: the bloc table (one row per bloc), or one bloc's dated membership.</summary>
public sealed class BlocsCommand : CliCommand<BlocsCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : QuerySettings
    {
        private static readonly Argument<string?> BlocArgument = CliSymbols.Optional("BLOC", "A bloc code: list its membership spells.");
        private static readonly Option<string?> AsOfOption = CliSymbols.Text("--as-of", "DATE", "Only members on this date (yyyy-MM-dd).");

        /// <summary>The user bloc file.</summary>
        public string? BlocFile { get; private set; }

        /// <summary>The bloc, if any.</summary>
        public string? Bloc { get; private set; }

        /// <summary>The date, if any.</summary>
        public string? AsOf { get; private set; }

        /// <summary>The parsed date.</summary>
        public DateOnly? Date => AsOf is null ? null
            : DateOnly.TryParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
            : throw new ArgumentException($"--as-of '{AsOf}': not a date (yyyy-MM-dd).");

        /// <inheritdoc />
        public override string? Validate()
        {
            try
            {
                _ = Date;
            }
            catch (ArgumentException e)
            {
                return e.Message;
            }

            return base.Validate();
        }

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(BlocArgument);
            command.Add(AsOfOption);
            command.Add(BlocFiles.Option);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            Bloc = result.GetValue(BlocArgument);
            AsOf = result.GetValue(AsOfOption);
            BlocFile = result.GetValue(BlocFiles.Option);
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        var table = BlocFiles.Load(settings.BlocFile);
        var date = settings.Date;
        var today = date ?? DateOnly.FromDateTime(DateTime.UtcNow);
        Tabular t;
        if (settings.Bloc is null)
        {
            t = new Tabular($"Blocs (members as of {today:yyyy-MM-dd})",
            [
                new("bloc", "Bloc"), new("name", "Name"), new("founded", "Founded"), new("members", "Members", true),
                new("ever_members", "Ever", true), new("as_of", "As of"), new("source", "Source"),
            ]);
            foreach (var b in table.Blocs)
            {
                t.Add(b.Code, b.Name, b.Founded.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), b.MembersOn(today).Length, b.States.Length,
                    today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), b.Source);
            }
        }
        else
        {
            var bloc = table[settings.Bloc];
            t = new Tabular($"{bloc.Code} ({bloc.Name}): membership{(date is null ? "" : $" on {date:yyyy-MM-dd}")}",
            [
                new("bloc", "Bloc"), new("iso3", "ISO3"), new("country", "Country"), new("from", "From"), new("until", "Until"), new("note", "Note"),
            ]);
            foreach (var m in bloc.Memberships.Where(m => date is not { } d || m.IsOn(d)).OrderBy(m => m.From).ThenBy(m => m.State.Iso3, StringComparer.Ordinal))
            {
                t.Add(bloc.Code, m.State.Iso3, m.State.Name, m.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    m.Until?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.Note);
            }

            t.Notes.Add(Markup.Escape($"Source: {bloc.Source}"));
        }

        t.Notes.Add(Markup.Escape("The table is src/Multipolar.Core/Blocs/blocs.csv (editable; --blocs FILE adds or replaces blocs). docs/analytics.md, \"Blocs\"."));
        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }
}
