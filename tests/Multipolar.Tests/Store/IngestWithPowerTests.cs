using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Power;
using Multipolar.Data.Store;

namespace Multipolar.Tests.Store;

/// <summary>Votes and material-power files in one ingest: one transaction, and power alone when the votes are already stored.</summary>
public sealed class IngestWithPowerTests
{
    [Fact]
    public void Votes_and_power_are_written_together_and_power_alone_after_known_votes()
    {
        using var dir = TestPaths.Temp();
        var small = Directory.CreateDirectory(dir.File("small")).FullName;
        File.WriteAllText(Path.Combine(small, "rc.csv"), "rcid,session,importantvote,date,unres,amend,para,short,descr\n1,50,0,1995-10-01,A/RES/50/1,0,0,a,a\n");
        File.WriteAllText(Path.Combine(small, "votes.csv"), "rcid,country,country_code,vote\n1,United States,US,yes\n1,Canada,CA,no\n");
        using var store = VoteStore.Open(dir.File("s.duckdb"));
        var first = store.Ingest(SourceReader.Read([small], CountryReference.Default), null,
            PowerReader.Read([TestPaths.Shared("worldbank", "gdp.csv.gz")], CountryReference.Default));
        Assert.Equal(1, first.NewRollCalls);
        Assert.Equal(2, store.Info().Votes);
        Assert.False(store.LoadPower().IsEmpty);
        var gdpOnly = store.PowerVersion;
        Assert.NotEqual("", gdpOnly);

        // The same vote files again (already stored, nothing to write) with a COW file: the material figures are still written.
        var again = store.Ingest(SourceReader.Read([small], CountryReference.Default), null,
            PowerReader.Read([TestPaths.Shared("cow", "NMC-70-peacesciencer.csv.gz")], CountryReference.Default));
        Assert.Equal(0, again.NewRollCalls);
        Assert.NotEqual(gdpOnly, store.PowerVersion);
        Assert.Equal(2, store.PowerSources().Count);
    }
}
