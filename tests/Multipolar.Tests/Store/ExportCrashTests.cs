using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;

namespace Multipolar.Tests.Store;

/// <summary>
/// A process killed with SIGKILL in the middle of an export or a precompute leaves no half result: the export's
/// target keeps its previous content (the new file is renamed over it only when complete), the store keeps its
/// previous alignment cells (one transaction).
/// </summary>
public sealed class ExportCrashTests
{
    [Fact]
    public void Export_KilledBeforeRename_TargetKeepsItsPreviousContent()
    {
        // Given a store and a previous export under the target name
        using var dir = TestPaths.Temp();
        var db = SmallStore(dir);
        var target = dir.File("votes.csv");
        File.WriteAllText(target, "previous export\n");

        // When the export has written its temporary file but not renamed it, the process is killed
        KillAtMarker(dir, VoteStore.HoldBeforeRenameVariable, "export", "votes", "--db", db, "--out", target);

        // Then the target is the previous file, whole; the complete new file was only ever under a temporary name
        Assert.Equal("previous export\n", File.ReadAllText(target));
        var temp = Assert.Single(Directory.GetFiles(dir.Path, ".votes.csv.*.tmp"));
        Assert.StartsWith("rcid,date,year,session,resolution,state,vote,source", File.ReadAllText(temp), StringComparison.Ordinal);
    }

    [Fact]
    public void Precompute_KilledBeforeCommit_StoreKeepsThePreviousCells()
    {
        // Given a precomputed store
        using var dir = TestPaths.Temp();
        var db = SmallStore(dir);
        Assert.Equal(0, Multipolar.Tests.Cli.CliRunner.Run("precompute", "--db", db).Exit);
        var before = Cells(db);
        Assert.True(before.Rows > 0);

        // When a second precompute has written every cell but not committed, the process is killed
        KillAtMarker(dir, VoteStore.HoldBeforeCommitVariable, "precompute", "--db", db);

        // Then the store opens with the previous cells, computed at the previous time, and answers queries
        Assert.Equal(before, Cells(db));
        var (exit, output, _) = Multipolar.Tests.Cli.CliRunner.Run("align", "USA", "CAN", "--db", db, "--format", "csv");
        Assert.Equal(0, exit);
        Assert.Contains("USA,CAN,year,1995,agree,all,0.5,2,", output, StringComparison.Ordinal);
    }

    private static string SmallStore(TempDir dir)
    {
        var db = dir.File("s.duckdb");
        var small = Directory.CreateDirectory(dir.File("small")).FullName;
        File.WriteAllText(Path.Combine(small, "rc.csv"), "rcid,session,importantvote,date,unres,amend,para,short,descr\n1,50,0,1995-10-01,A/RES/50/1,0,0,a,a\n2,50,0,1995-10-02,A/RES/50/2,0,0,b,b\n");
        File.WriteAllText(Path.Combine(small, "votes.csv"), "rcid,country,country_code,vote\n1,United States,US,yes\n1,Canada,CA,no\n2,United States,US,no\n2,Canada,CA,no\n2,Mexico,MX,yes\n");
        using var store = VoteStore.Open(db);
        store.Ingest(SourceReader.Read([small], CountryReference.Default));
        return db;
    }

    private static void KillAtMarker(TempDir dir, string variable, params string[] args)
    {
        var marker = dir.File("holding");
        var cli = Path.Combine(AppContext.BaseDirectory, "multipolar.dll");
        var start = new ProcessStartInfo("dotnet", [cli, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment[variable] = marker;
        using var process = Process.Start(start)!;
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!File.Exists(marker) && !process.HasExited && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
        }

        Assert.True(File.Exists(marker), "the process never reached the point to be killed at: " + (process.HasExited ? process.StandardError.ReadToEnd() : "timeout"));
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    private static (long Rows, string ComputedAt) Cells(string db)
    {
        using var c = new DuckDBConnection($"Data Source={db}");
        c.Open();
        using var count = c.CreateCommand();
        count.CommandText = "SELECT count(*) FROM alignment_series";
        using var at = c.CreateCommand();
        at.CommandText = "SELECT value FROM meta WHERE key = 'alignment_computed_at'";
        return (Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture), (string)at.ExecuteScalar()!);
    }
}
