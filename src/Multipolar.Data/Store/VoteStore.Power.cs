using System.Globalization;
using Multipolar.Data.Power;
using Multipolar.Power;

namespace Multipolar.Data.Store;

/// <summary>A stored material-power file (<c>power_sources</c>).</summary>
/// <param name="FileName">File name.</param>
/// <param name="Format">Layout (NmcV6, NmcV7, WorldBankGdp).</param>
/// <param name="Sha256">Checksum.</param>
/// <param name="Rows">Data rows read.</param>
/// <param name="Kept">Rows kept (states of the country reference).</param>
/// <param name="FirstYear">First year kept.</param>
/// <param name="LastYear">Last year kept.</param>
/// <param name="IngestedAt">When (UTC).</param>
public sealed record StoredPowerSource(string FileName, string Format, string Sha256, long Rows, long Kept, int? FirstYear, int? LastYear, DateTime IngestedAt);

public sealed partial class VoteStore
{
    private static readonly string[] PowerTables =
    [
        """
        CREATE TABLE IF NOT EXISTS capabilities(
            state_id SMALLINT NOT NULL, year INTEGER NOT NULL, nmc_version UTINYINT NOT NULL, cow INTEGER NOT NULL,
            milex DOUBLE, milper DOUBLE, irst DOUBLE, pec DOUBLE, tpop DOUBLE, upop DOUBLE, cinc DOUBLE, line BIGINT NOT NULL,
            PRIMARY KEY (state_id, year, nmc_version))
        """,
        "CREATE TABLE IF NOT EXISTS economic_size(state_id SMALLINT NOT NULL, year INTEGER NOT NULL, gdp_usd DOUBLE NOT NULL, line BIGINT NOT NULL, PRIMARY KEY (state_id, year))",
        """
        CREATE TABLE IF NOT EXISTS power_sources(
            format VARCHAR PRIMARY KEY, path VARCHAR NOT NULL, file_name VARCHAR NOT NULL, sha256 VARCHAR NOT NULL,
            data_rows BIGINT NOT NULL, kept_rows BIGINT NOT NULL, ingested_at TIMESTAMP NOT NULL)
        """,
    ];

    /// <summary>
    /// An identifier of the material-power files held (first 12 hex digits of the SHA-256 of their sorted
    /// checksums); empty when none. Printed with every power result beside <see cref="DataVersion"/>.
    /// </summary>
    public string PowerVersion => HasPowerTables() ? Scalar("SELECT value FROM meta WHERE key = 'power_version'") as string ?? "" : "";

    /// <summary>
    /// Writes material-power files in one transaction: each file replaces what the store held from its
    /// layout (one NMC v6.0, one NMC v7.0, one GDP file at a time). Nothing is written when it fails.
    /// </summary>
    public void IngestPower(PowerBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        using var tx = connection.BeginTransaction();
        WritePower(batch);
        tx.Commit();
    }

    /// <summary>Writes material-power files in the caller's transaction (<see cref="IngestPower"/>, or a vote ingest with them).</summary>
    private void WritePower(PowerBatch batch)
    {
        foreach (var sql in PowerTables)
        {
            Execute(sql);
        }

        foreach (var (format, rows) in batch.Capabilities)
        {
            var version = (byte)(format == PowerFormat.NmcV6 ? NmcVersion.V6 : NmcVersion.V7);
            Execute("DELETE FROM capabilities WHERE nmc_version = $1", version);
            using var appender = connection.CreateAppender("capabilities");
            foreach (var r in rows)
            {
                appender.CreateRow().AppendValue(StateId(Reference[r.Iso3])).AppendValue(r.Year).AppendValue(version).AppendValue(r.Cow)
                    .AppendValue(r.Milex).AppendValue(r.Milper).AppendValue(r.Irst).AppendValue(r.Pec).AppendValue(r.Tpop).AppendValue(r.Upop)
                    .AppendValue(r.Cinc).AppendValue(r.Line).EndRow();
            }
        }

        if (batch.Files.Any(f => f.Format == PowerFormat.WorldBankGdp))
        {
            Execute("DELETE FROM economic_size");
            using var appender = connection.CreateAppender("economic_size");
            foreach (var r in batch.Gdp)
            {
                appender.CreateRow().AppendValue(StateId(Reference[r.Iso3])).AppendValue(r.Year).AppendValue(r.GdpUsd).AppendValue(r.Line).EndRow();
            }
        }

        foreach (var f in batch.Files)
        {
            Execute("INSERT OR REPLACE INTO power_sources VALUES ($1, $2, $3, $4, $5, $6, $7)",
                f.Format.ToString(), System.IO.Path.GetFullPath(f.Path), System.IO.Path.GetFileName(f.Path), f.Sha256, f.Rows, f.Kept, DateTime.UtcNow);
        }

        var sums = new List<string>();
        using (var r = Query("SELECT sha256 FROM power_sources"))
        {
            while (r.Read())
            {
                sums.Add(r.GetString(0));
            }
        }

        Execute("INSERT OR REPLACE INTO meta VALUES ('power_version', $1)", DataVersionOf(sums));
    }

    /// <summary>The material-power files held.</summary>
    public IReadOnlyList<StoredPowerSource> PowerSources()
    {
        if (!HasPowerTables())
        {
            return [];
        }

        var list = new List<StoredPowerSource>();
        using var r = Query("""
            SELECT p.file_name, p.format, p.sha256, p.data_rows, p.kept_rows,
                   CASE p.format WHEN 'WorldBankGdp' THEN (SELECT min(year) FROM economic_size) ELSE (SELECT min(year) FROM capabilities WHERE nmc_version = CASE p.format WHEN 'NmcV6' THEN 6 ELSE 7 END) END,
                   CASE p.format WHEN 'WorldBankGdp' THEN (SELECT max(year) FROM economic_size) ELSE (SELECT max(year) FROM capabilities WHERE nmc_version = CASE p.format WHEN 'NmcV6' THEN 6 ELSE 7 END) END,
                   p.ingested_at
            FROM power_sources p ORDER BY p.format
            """);
        while (r.Read())
        {
            list.Add(new StoredPowerSource(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4),
                r.IsDBNull(5) ? null : r.GetInt32(5), r.IsDBNull(6) ? null : r.GetInt32(6), r.GetDateTime(7)));
        }

        return list;
    }

    /// <summary>
    /// The material figures: per year the CINC scores of the newest NMC release that has the year (v7.0
    /// where it has it, else v6.0; <see cref="Capability.Version"/> says which), and GDP. Empty when no
    /// material-power file was ingested.
    /// </summary>
    public PowerData LoadPower()
    {
        if (!HasPowerTables())
        {
            return PowerData.Empty;
        }

        var caps = new List<Capability>();
        using (var r = Query("""
            SELECT c.state_id, c.year, c.cinc, c.nmc_version FROM capabilities c
            WHERE c.nmc_version = (SELECT max(nmc_version) FROM capabilities x WHERE x.year = c.year)
            ORDER BY c.year, c.state_id
            """))
        {
            while (r.Read())
            {
                caps.Add(new Capability(StateOf(r.GetInt16(0)), r.GetInt32(1), r.IsDBNull(2) ? double.NaN : r.GetDouble(2), (NmcVersion)r.GetByte(3)));
            }
        }

        var gdp = new List<EconomicSize>();
        using (var r = Query("SELECT state_id, year, gdp_usd FROM economic_size ORDER BY year, state_id"))
        {
            while (r.Read())
            {
                gdp.Add(new EconomicSize(StateOf(r.GetInt16(0)), r.GetInt32(1), r.GetDouble(2)));
            }
        }

        return new PowerData(caps, gdp, PowerVersion);
    }

    private bool HasPowerTables() => Convert.ToInt64(Scalar("SELECT count(*) FROM information_schema.tables WHERE table_name = 'power_sources'"), CultureInfo.InvariantCulture) > 0;
}
