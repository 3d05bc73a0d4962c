using System.CommandLine;
using Multipolar.Cli.Output;
using Multipolar.Cli.Parsing;
using Multipolar.Countries;
using Multipolar.Data.Store;

namespace Multipolar.Cli.Commands;

/// <summary>Options of every command that uses the store.</summary>
public class StoreSettings : CommandSettings
{
    private static readonly Option<string?> DbOption = CliSymbols.Text("--db", "PATH",
        "Store file (default: $MULTIPOLAR_DB, else multipolar.duckdb in the user's local data folder).");

    /// <summary>The store file.</summary>
    public string? Db { get; private set; }

    /// <summary>Opens the store read-only (queries) or for writing.</summary>
    public VoteStore OpenStore(bool readOnly = true)
    {
        var path = StoreLocation.Resolve(Db);
        var store = (readOnly ? Cli.TakeWarmStore(path) : null) ?? VoteStore.Open(path, CountryReference.Default, readOnly);
        Timings.Mark("store open");
        return store;
    }

    internal override void Declare(Command command)
    {
        base.Declare(command);
        command.Add(DbOption);
    }

    internal override void Bind(ParseResult result)
    {
        base.Bind(result);
        Db = result.GetValue(DbOption);
    }
}

/// <summary>Options of every query command.</summary>
public class QuerySettings : StoreSettings
{
    private static readonly Option<OutputFormat?> FormatOption = CliSymbols.Choice<OutputFormat>("--format", "FORMAT", "table (default), csv or json.");

    /// <summary>Output format.</summary>
    public OutputFormat Format { get; private set; } = OutputFormat.Table;

    internal override void Declare(Command command)
    {
        base.Declare(command);
        command.Add(FormatOption);
    }

    internal override void Bind(ParseResult result)
    {
        base.Bind(result);
        Format = result.GetValue(FormatOption) ?? OutputFormat.Table;
    }
}
