namespace Multipolar.Cli.Output;

/// <summary>How a query command writes its result: <c>table</c> for people, <c>csv</c> and <c>json</c> stable for scripts.</summary>
public enum OutputFormat
{
    /// <summary>A table on the console.</summary>
    Table,

    /// <summary>RFC 4180 CSV with a header of snake_case keys.</summary>
    Csv,

    /// <summary>A JSON array of objects keyed by the same snake_case keys.</summary>
    Json,
}
