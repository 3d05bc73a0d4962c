using System.ComponentModel;
using Multipolar.Cli.Output;
using Multipolar.Countries;
using Multipolar.Data.Store;
using Spectre.Console.Cli;

namespace Multipolar.Cli.Commands;

/// <summary>Options of every command that uses the store.</summary>
public class StoreSettings : CommandSettings
{
    /// <summary>The store file.</summary>
    [CommandOption("--db <PATH>")]
    [Description("Store file (default: $MULTIPOLAR_DB, else multipolar.duckdb in the user's local data folder).")]
    public string? Db { get; init; }

    /// <summary>Opens the store read-only (queries) or for writing.</summary>
    public VoteStore OpenStore(bool readOnly = true)
    {
        var path = StoreLocation.Resolve(Db);
        return (readOnly ? Cli.TakeWarmStore(path) : null) ?? VoteStore.Open(path, CountryReference.Default, readOnly);
    }
}

/// <summary>Options of every query command.</summary>
public class QuerySettings : StoreSettings
{
    /// <summary>Output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("table (default), csv or json.")]
    [DefaultValue(OutputFormat.Table)]
    public OutputFormat Format { get; init; } = OutputFormat.Table;
}
