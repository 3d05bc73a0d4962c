using System.Globalization;
using Multipolar.Countries;
using static Multipolar.Tests.Countries.SourceCsv;

namespace Multipolar.Tests.Countries;

/// <summary>The shipped country reference itself: its entries, codes, membership dates, COW mapping and seat continuity.</summary>
public sealed class CountryReferenceTests
{
    /// <summary>COW codes of states in the COW list that never held a UN seat (pre-1945 states, Korea before 1905, South Vietnam, Kosovo).</summary>
    private static readonly HashSet<int> CowNonMembers = [240, 245, 267, 269, 271, 273, 275, 280, 300, 327, 329, 332, 335, 337, 347, 730, 817];

    /// <summary>COW names that the reference spells differently (COW name → ISO3). Empty while every COW name is an alias.</summary>
    private static readonly Dictionary<string, string> CowNameExceptions = [];

    private static CountryReference Reference => CountryReference.Default;

    [Fact]
    public void Default_Loaded_HasEveryCurrentMemberAndTheHistoricalSeats()
    {
        // Given the shipped reference
        var reference = Reference;

        // When counting current and historical entries
        var current = reference.Countries.Count(c => !c.IsHistorical);
        var historical = reference.Countries.Where(c => c.IsHistorical).Select(c => c.Iso3).Order(StringComparer.Ordinal);

        // Then there are the 193 members of today and the five seats that ended
        Assert.Equal(193, current);
        Assert.Equal(["CSK", "DDR", "TWN", "YMD", "ZAN"], historical);
        Assert.Equal(Enumerable.Range(0, reference.Countries.Length), reference.Countries.Select(c => c.Index));
    }

    [Fact]
    public void Countries_Codes_AreUnique()
    {
        // Given every entry
        var all = Reference.Countries;

        // When collecting each kind of code
        var iso3 = all.Select(c => c.Iso3).ToList();
        var iso2 = all.Where(c => c.Iso2 is not null).Select(c => c.Iso2!).ToList();
        var cow = all.SelectMany(c => (c.Cow is int k ? [k] : Array.Empty<int>()).Concat(c.OtherCowCodes)).ToList();
        var m49 = all.Where(c => c.M49 is not null).Select(c => c.M49!.Value).ToList();

        // Then none repeats
        Assert.Empty(Duplicates(iso3));
        Assert.Empty(Duplicates(iso2));
        Assert.Empty(Duplicates(cow));
        Assert.Empty(Duplicates(m49));
        Assert.All(iso3, code => Assert.Matches("^[A-Z]{3}$", code));
        Assert.All(iso2, code => Assert.Matches("^[A-Z]{2}$", code));
    }

    [Fact]
    public void Countries_NamesAndAliases_ResolveToTheirOwnEntryOnly()
    {
        // Given every code, name and alias of every entry
        foreach (var c in Reference.Countries)
        {
            IEnumerable<string> texts = [c.Iso3, c.Name, .. c.Aliases, .. c.Iso2 is null ? Array.Empty<string>() : [c.Iso2]];
            foreach (var text in texts)
            {
                // When looking it up
                var candidates = Reference.Candidates(text);

                // Then it names exactly this entry (no alias is shared between two states)
                Assert.True(candidates.Count == 1 && ReferenceEquals(candidates[0], c), $"'{text}' ({c.Iso3}) resolves to [{string.Join(", ", candidates)}]");
            }
        }
    }

    [Fact]
    public void Countries_HistoricalEntries_HaveValidDatesAndExistingSuccessors()
    {
        // Given every entry
        foreach (var c in Reference.Countries)
        {
            // When checking membership dates and successors
            // Then every state has an admission date, ended states end after they began and name successors that exist
            Assert.NotNull(c.MemberFrom);
            Assert.True(c.MemberUntil is null || c.MemberUntil > c.MemberFrom, c.ToString());
            Assert.Equal(c.IsHistorical, !c.Successors.IsEmpty);
            Assert.All(c.Successors, s => Assert.NotSame(c, Reference[s]));
        }
    }

    [Fact]
    public void Countries_CowCodes_MatchTheCowStateList()
    {
        // Given the COW state list (code → names; some codes appear on several rows)
        var cow = ReadCsv(TestPaths.Shared("cow", "COW-country-codes.csv"))
            .Skip(1)
            .Select(f => (Code: int.Parse(f[1], CultureInfo.InvariantCulture), Name: f[2]))
            .Distinct()
            .ToList();
        var cowCodes = cow.Select(r => r.Code).ToHashSet();

        // When comparing both ways
        var referenceCodes = Reference.Countries
            .SelectMany(c => (c.Cow is int k ? [k] : Array.Empty<int>()).Concat(c.OtherCowCodes).Select(code => (Code: code, Country: c)))
            .ToList();

        // Then every code of the reference is in the COW list, under a name that resolves to the same entry
        Assert.All(referenceCodes, rc => Assert.Contains(rc.Code, cowCodes));
        foreach (var (code, name) in cow.Where(r => !CowNonMembers.Contains(r.Code)))
        {
            var byCode = Assert.Single(Reference.Candidates($"cow:{code}"));
            var byName = CowNameExceptions.TryGetValue(name, out var iso3) ? Reference[iso3] : Reference.Resolve(name);
            Assert.True(ReferenceEquals(byCode, byName), $"COW {code} '{name}': code gives {byCode}, name gives {byName}");
        }

        // And every COW state that is a UN member today is in the reference (the others are listed as non-members)
        Assert.All(cow.Where(r => r.Code >= 2 && !CowNonMembers.Contains(r.Code)), r => Assert.Contains(r.Code, referenceCodes.Select(rc => rc.Code)));
        Assert.All(CowNonMembers, code => Assert.Empty(Reference.Candidates($"cow:{code}")));
        Assert.All(Reference.Countries.Where(c => !c.IsHistorical), c => Assert.NotNull(c.Cow));
    }

    [Theory]
    [InlineData("1960-01-01", "TWN")]
    [InlineData("1971-10-24", "TWN")]
    [InlineData("1971-10-25", "CHN")]
    [InlineData("1971-10-26", "CHN")]
    [InlineData("2020-01-01", "CHN")]
    public void SeatHolder_China_IsTheRepublicOfChinaBeforeResolution2758(string date, string expectedIso3)
    {
        // Given a vote recorded for China on a date
        var day = DateOnly.Parse(date, CultureInfo.InvariantCulture);

        // When asking who held the seat
        var holder = Reference.SeatHolder(Reference.China, day);

        // Then it is the Republic of China until 25 October 1971, the People's Republic from then on
        Assert.Equal(expectedIso3, holder.Iso3);
    }

    [Fact]
    public void SeatHolder_OtherState_IsItself()
    {
        // Given a vote recorded for a state other than China
        var usa = Reference["USA"];

        // When asking who held the seat in 1960
        // Then it is that state
        Assert.Same(usa, Reference.SeatHolder(usa, new DateOnly(1960, 1, 1)));
        Assert.Same(Reference.RepublicOfChina, Reference.SeatHolder(Reference.RepublicOfChina, new DateOnly(1960, 1, 1)));
    }

    [Fact]
    public void Countries_SeatContinuity_FollowsVoetenAndCow()
    {
        // Given the seats the convention merges or splits
        // When reading their entries
        // Then codes, predecessors and successors are as documented
        Assert.Equal(365, Reference.Resolve("USSR").Cow);
        Assert.Equal(255, Reference["DEU"].Cow);
        Assert.Equal([260], Reference["DEU"].OtherCowCodes.ToArray());
        Assert.Equal(679, Reference["YEM"].Cow);
        Assert.Equal([678], Reference["YEM"].OtherCowCodes.ToArray());
        Assert.Equal(["CZE", "SVK"], Reference["CSK"].Successors.ToArray());
        Assert.Equal(["DEU"], Reference["DDR"].Successors.ToArray());
        Assert.Equal(["YEM"], Reference["YMD"].Successors.ToArray());
        Assert.Equal(["TZA"], Reference["ZAN"].Successors.ToArray());
        Assert.Equal(["CHN"], Reference["TWN"].Successors.ToArray());
        Assert.Null(Reference["ZAN"].Iso2);
        Assert.Null(Reference["ZAN"].M49);
        Assert.Equal(new DateOnly(1971, 10, 25), Reference["TWN"].MemberUntil);
        Assert.Equal(new DateOnly(1945, 10, 24), Reference.China.MemberFrom);
    }

    [Fact]
    public void Parse_WrongHeader_ThrowsFormatException()
    {
        // Given a file whose header is not the reference layout
        using var reader = new StringReader("iso3,name\nUSA,United States\n");

        // When / Then parsing names the problem
        var ex = Assert.Throws<FormatException>(() => CountryReference.Parse(reader, "test.csv"));
        Assert.Contains("test.csv line 1", ex.Message, StringComparison.Ordinal);
    }

    private static List<T> Duplicates<T>(IEnumerable<T> values) where T : notnull =>
        [.. values.GroupBy(v => v).Where(g => g.Count() > 1).Select(g => g.Key)];
}
