using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Multipolar.Countries;

namespace Multipolar.Tests.Countries;

/// <summary>How Resolve, TryResolve and the indexer of the country reference read a text: case, accents, prefixes, ambiguity, unknown names.</summary>
public sealed class CountryLookupTests
{
    private static CountryReference Reference => CountryReference.Default;

    [Theory]
    [InlineData("venezuela (bolivarian republic of)", "VEN")]
    [InlineData("Iran (Islamic Republic of)", "IRN")]
    [InlineData("BOLIVIA (PLURINATIONAL STATE OF)", "BOL")]
    [InlineData("Republic of Korea", "KOR")]
    [InlineData("DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", "PRK")]
    [InlineData("Lao People’s Democratic Republic", "LAO")]
    [InlineData("SYRIAN ARAB REPUBLIC", "SYR")]
    [InlineData("turkiye", "TUR")]
    [InlineData("côte d’ivoire", "CIV")]
    [InlineData("COTE D‘IVOIRE", "CIV")]
    [InlineData("Cote dʼIvoire", "CIV")]
    [InlineData("UNITED REPUBLIC OF TANZANIA", "TZA")]
    [InlineData("soviet union", "RUS")]
    [InlineData("su", "RUS")]
    [InlineData("yu", "SRB")]
    [InlineData("cs", "CSK")]
    [InlineData("dd", "DDR")]
    [InlineData("yd", "YMD")]
    [InlineData("  gbr ", "GBR")]
    [InlineData("us", "USA")]
    [InlineData("China (Taiwan)", "TWN")]
    [InlineData("cow:260", "DEU")]
    [InlineData("COW: 260", "DEU")]
    [InlineData("cow:678", "YEM")]
    [InlineData("m49:004", "AFG")]
    [InlineData("2", "USA")]
    [InlineData("m49:840", "USA")]
    [InlineData("cow:840", "PHL")]
    public void Resolve_AnyCase_GivesTheEntry(string text, string expectedIso3)
    {
        // Given a name or code in some casing
        // When resolving it
        var country = Reference.Resolve(text);

        // Then the entry is found regardless of case, accents and punctuation
        Assert.Equal(expectedIso3, country.Iso3);
    }

    [Property(MaxTest = 300)]
    public Property Resolve_RandomCasingOfAName_GivesTheSameEntry(NonNegativeInt pick, int seed)
    {
        // Given any name or alias of any entry, with its letters randomly upper- or lower-cased
        var texts = Reference.Countries.SelectMany(c => new[] { c.Name }.Concat(c.Aliases).Select(t => (Text: t, Country: c))).ToList();
        var (text, country) = texts[pick.Get % texts.Count];
        var random = new Random(seed);
        var mixed = string.Concat(text.Select(ch => random.Next(2) == 0 ? char.ToUpperInvariant(ch) : char.ToLowerInvariant(ch)));

        // When resolving it
        var found = Reference.TryResolve(mixed, out var resolved);

        // Then it is the same entry
        return (found && ReferenceEquals(resolved, country)).Label($"'{mixed}' → {resolved}");
    }

    [Fact]
    public void Resolve_NumberThatIsCowOfOneStateAndM49OfAnother_IsAmbiguous()
    {
        // Given 20: COW code of Canada, M49 code of Andorra
        // When resolving the bare number
        var ex = Assert.Throws<CountryLookupException>(() => Reference.Resolve("20"));

        // Then the lookup is ambiguous and names both; a prefix settles it
        Assert.True(ex.IsAmbiguous);
        Assert.Equal(["AND", "CAN"], ex.Candidates.Select(c => c.Iso3).Order(StringComparer.Ordinal));
        Assert.Contains("Canada (CAN)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("cow:", ex.Message, StringComparison.Ordinal);
        Assert.Equal("CAN", Reference.Resolve("cow:20").Iso3);
        Assert.Equal("AND", Reference.Resolve("m49:20").Iso3);
        Assert.False(Reference.TryResolve("20", out _));
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("Korea")]
    [InlineData("cow:999")]
    [InlineData("m49:999")]
    [InlineData("XX")]
    public void Resolve_UnknownName_ThrowsWithHelpfulMessage(string text)
    {
        // Given a text that names no state
        // When resolving it
        var ex = Assert.Throws<CountryLookupException>(() => Reference.Resolve(text));

        // Then the exception carries the text, no candidates, and says what is accepted
        Assert.Equal(text, ex.Query);
        Assert.False(ex.IsAmbiguous);
        Assert.Empty(ex.Candidates);
        Assert.Contains(text, ex.Message, StringComparison.Ordinal);
        Assert.Contains("ISO code", ex.Message, StringComparison.Ordinal);
        Assert.False(Reference.TryResolve(text, out var none));
        Assert.Null(none);
    }

    [Fact]
    public void Indexer_UnknownIso3_Throws()
    {
        // Given a code that is not in the reference
        // When / Then the indexer throws a lookup exception naming it
        var ex = Assert.Throws<CountryLookupException>(() => Reference["XYZ"]);
        Assert.Contains("XYZ", ex.Message, StringComparison.Ordinal);
    }
}
