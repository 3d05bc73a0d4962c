using System.ComponentModel;
using Multipolar.Data.Formats;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Multipolar.Cli.Commands.Sources;

/// <summary><c>multipolar sources precedence FORMAT RANK</c>: changes which source wins where sources disagree.</summary>
public sealed class PrecedenceCommand : Command<PrecedenceCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>Format.</summary>
        [CommandArgument(0, "<FORMAT>")]
        [Description("Source format: UndlBulk, UnvotesVotes, UnvotesRollCalls, UnvotesIssues, VoetenLong, UndlWide, VoetenWide.")]
        public SourceFormat Format { get; init; }

        /// <summary>Rank.</summary>
        [CommandArgument(1, "<RANK>")]
        [Description("1–99, lower wins (defaults: UndlBulk 1, unvotes/VoetenLong 2, UndlWide 3, VoetenWide 4).")]
        public int Rank { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore(readOnly: false);
        store.SetPrecedence(settings.Format, settings.Rank);
        Cli.Console.Ansi.MarkupLine(Markup.Escape($"Precedence of {settings.Format} set to {settings.Rank}; effective votes recomputed."));
        return 0;
    }
}
