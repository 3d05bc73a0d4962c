using System.CommandLine;
using Multipolar.Cli.Output;
using Multipolar.Countries;
using Multipolar.Data.Store;
using Multipolar.Cli.Parsing;

namespace Multipolar.Cli.Commands;

/// <summary><c>multipolar countries [--search TEXT]</c>: the country reference, with votes stored per state.</summary>
public sealed class CountriesCommand : CliCommand<CountriesCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : QuerySettings
    {
        private static readonly Option<string?> SearchOption = CliSymbols.Text("--search", "TEXT", "Only states whose code, name or alias contains TEXT (case- and accent-insensitive).");

        /// <summary>Filter.</summary>
        public string? Search { get; private set; }

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(SearchOption);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            Search = result.GetValue(SearchOption);
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        var reference = CountryReference.Default;
        var path = StoreLocation.Resolve(settings.Db);
        IReadOnlyDictionary<string, long> votes = new Dictionary<string, long>();
        if (File.Exists(path))
        {
            using var store = settings.OpenStore();
            votes = store.VotesPerState();
        }

        var t = new Tabular("Countries", [
            new("iso3", "ISO3"), new("iso2", "ISO2"), new("cow", "COW", true), new("m49", "M49", true), new("name", "Name"),
            new("member_from", "UN from"), new("member_until", "UN until"), new("successors", "Successors"),
            new("votes", "Votes stored", true), new("aliases", "Aliases")]);
        var list = settings.Search is { } s ? reference.Search(s) : reference.Countries;
        foreach (var c in list.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            t.Add(c.Iso3, c.Iso2, c.Cow, c.M49, c.Name, c.MemberFrom, c.MemberUntil, string.Join("|", c.Successors),
                votes.GetValueOrDefault(c.Iso3), string.Join("|", c.Aliases));
        }

        if (t.Rows.Count == 0)
        {
            Cli.Console.Error.WriteLine($"No country matches '{settings.Search}'.");
            return 1;
        }

        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }
}
