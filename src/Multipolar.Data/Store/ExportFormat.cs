namespace Multipolar.Data.Store;

/// <summary>The file format of an export, chosen by the target's extension (docs/output.md).</summary>
public enum ExportFormat
{
    /// <summary>Apache Parquet (<c>.parquet</c>, and any other extension): typed columns, compressed; the default.</summary>
    Parquet,

    /// <summary>RFC 4180 CSV with a header row (<c>.csv</c>).</summary>
    Csv,

    /// <summary>CSV compressed with gzip (<c>.csv.gz</c>).</summary>
    CsvGzip,
}

/// <summary>Chooses an <see cref="ExportFormat"/> from a file name.</summary>
public static class ExportFormats
{
    /// <summary><c>.csv</c> → CSV, <c>.csv.gz</c> → gzipped CSV, anything else → Parquet.</summary>
    public static ExportFormat FromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase) ? ExportFormat.CsvGzip
            : path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ExportFormat.Csv
            : ExportFormat.Parquet;
    }
}
