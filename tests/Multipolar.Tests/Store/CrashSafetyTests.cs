using System.Diagnostics;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;

namespace Multipolar.Tests.Store;

/// <summary>A process killed (SIGKILL) in the middle of an ingest leaves the previous store intact and usable.</summary>
public sealed class CrashSafetyTests
{
    [Fact]
    public void Ingest_KilledBeforeCommit_PreviousStoreIntactAndUsable()
    {
        // Given a store with a small ingest, and a second, large ingest (the whole unvotes set) in another process
        using var dir = TestPaths.Temp();
        var db = dir.File("s.duckdb");
        var small = Directory.CreateDirectory(dir.File("small")).FullName;
        File.WriteAllText(Path.Combine(small, "rc.csv"), "rcid,session,importantvote,date,unres,amend,para,short,descr\n1,50,0,1995-10-01,A/RES/50/1,0,0,a,a\n");
        File.WriteAllText(Path.Combine(small, "votes.csv"), "rcid,country,country_code,vote\n1,United States,US,yes\n1,Canada,CA,no\n");
        StoreInfo before;
        using (var store = VoteStore.Open(db))
        {
            store.Ingest(SourceReader.Read([small], CountryReference.Default));
            before = store.Info();
        }

        var marker = dir.File("holding");
        var cli = Path.Combine(AppContext.BaseDirectory, "multipolar.dll");
        // (with the material-power files: votes and material figures are one transaction)
        var start = new ProcessStartInfo("dotnet", [cli, "ingest", TestPaths.Shared("unvotes"), TestPaths.Shared("cow"), TestPaths.Shared("worldbank"), "--db", db])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment[VoteStore.HoldBeforeCommitVariable] = marker;

        // When the ingest has written every vote but not committed, the process is killed
        using var process = Process.Start(start)!;
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!File.Exists(marker) && !process.HasExited && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
        }

        Assert.True(File.Exists(marker), "the ingest never reached the point before commit: " + (process.HasExited ? process.StandardError.ReadToEnd() : "timeout"));
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        // Then the store opens, holds what it held, and takes a new ingest
        using var reopened = VoteStore.Open(db);
        var after = reopened.Info();
        Assert.Equal(before.RollCalls, after.RollCalls);
        Assert.Equal(before.Votes, after.Votes);
        Assert.Equal(before.Sources, after.Sources);
        Assert.True(reopened.LoadPower().IsEmpty, "the material figures written before the kill were rolled back with the votes");
        Assert.Equal("", reopened.PowerVersion);
        var result = reopened.Ingest(SourceReader.Read([TestPaths.Shared("unvotes", "un_roll_calls.csv.gz")], CountryReference.Default));
        Assert.Equal(6203, result.NewRollCalls);
    }
}
