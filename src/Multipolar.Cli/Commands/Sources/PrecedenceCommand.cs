using System.CommandLine;
using Multipolar.Data.Formats;
using Spectre.Console;
using Multipolar.Cli.Parsing;

namespace Multipolar.Cli.Commands.Sources;

/// <summary><c>multipolar sources precedence FORMAT RANK</c>: changes which source wins where sources disagree.</summary>
public sealed class PrecedenceCommand : CliCommand<PrecedenceCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : StoreSettings
    {
        private static readonly Argument<SourceFormat> FormatArgument = CliSymbols.Required<SourceFormat>("FORMAT", "Source format: UndlBulk, UnvotesVotes, UnvotesRollCalls, UnvotesIssues, VoetenLong, UndlWide, VoetenWide.");
        private static readonly Argument<int> RankArgument = CliSymbols.RequiredInt("RANK", "1–99, lower wins (defaults: UndlBulk 1, unvotes/VoetenLong 2, UndlWide 3, VoetenWide 4).");

        /// <summary>Format.</summary>
        public SourceFormat Format { get; private set; }

        /// <summary>Rank.</summary>
        public int Rank { get; private set; }

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(FormatArgument);
            command.Add(RankArgument);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            Format = result.GetValue(FormatArgument);
            Rank = result.GetValue(RankArgument);
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore(readOnly: false);
        store.SetPrecedence(settings.Format, settings.Rank);
        Cli.Console.Ansi.MarkupLine(Markup.Escape($"Precedence of {settings.Format} set to {settings.Rank}; effective votes recomputed."));
        return 0;
    }
}
