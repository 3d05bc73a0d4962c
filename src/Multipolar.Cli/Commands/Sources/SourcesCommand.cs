using Multipolar.Cli.Output;
using Multipolar.Data.Reconciliation;
using Spectre.Console;
using Multipolar.Cli.Parsing;

namespace Multipolar.Cli.Commands.Sources;

/// <summary><c>multipolar sources</c>: the ingested sources with vintage, precedence, licence and citation.</summary>
public sealed class SourcesCommand : CliCommand<QuerySettings>
{
    /// <inheritdoc />
    public override int Execute(QuerySettings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore();
        var t = new Tabular($"Sources (data version {store.DataVersion})",
        [
            new("id", "Id", true), new("file", "File"), new("format", "Format"), new("precedence", "Precedence", true),
            new("vintage", "Vintage"), new("ga_rollcalls", "GA roll calls", true), new("sc_rollcalls", "SC roll calls", true),
            new("votes", "Votes", true), new("sha256", "SHA-256"), new("ingested_at", "Ingested"), new("licence", "Licence"), new("citation", "Citation"),
        ]);
        foreach (var s in store.SourceSummaries())
        {
            var vintage = s.First is { } f && s.Last is { } l ? $"{f:yyyy-MM-dd} – {l:yyyy-MM-dd}" : null;
            t.Add(s.Source.Id, s.Source.FileName, s.Format.ToString(), s.Source.Precedence, vintage, s.GeneralAssembly, s.SecurityCouncil, s.Votes,
                s.Source.Sha256, s.Source.IngestedAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), SourceLicence.Licence(s.Format),
                SourceLicence.Citation(s.Format, s.Last?.Year, DateOnly.FromDateTime(s.Source.IngestedAt)));
        }

        foreach (var d in store.IssueCodeDefects())
        {
            t.Notes.Add(Markup.Escape($"Source defect handled at ingest: {d.Describe()} (docs/sources.md, Known source defects)."));
        }

        t.Notes.Add(Markup.Escape("Precedence: lower wins where sources disagree (change with 'multipolar sources precedence FORMAT RANK'). 'multipolar sources conflicts' lists the disagreements."));
        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }
}
