using System.Globalization;
using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Multipolar.Countries;

namespace Multipolar.Tests.Countries;

public sealed class CountryReferenceTests
{
    /// <summary>COW codes of states in the COW list that never held a UN seat (pre-1945 states, Korea before 1905, South Vietnam, Kosovo).</summary>
    private static readonly HashSet<int> CowNonMembers = [240, 245, 267, 269, 271, 273, 275, 280, 300, 327, 329, 332, 335, 337, 347, 730, 817];

    /// <summary>COW names that the reference spells differently (COW name → ISO3). Empty while every COW name is an alias.</summary>
    private static readonly Dictionary<string, string> CowNameExceptions = [];

    /// <summary>Column names of the UN Digital Library scrape that are not states.</summary>
    private static readonly HashSet<string> UndlNonStateColumns = ["DONOTKNOW"];

    private static readonly string[] UndlMetadataColumns = ["Council", "Date", "Title", "Resolution", "TOTAL VOTES", "NO-VOTE COUNT", "ABSENT COUNT", "NO COUNT", "YES COUNT", "Link", "token"];

    private static CountryReference Reference => CountryReference.Default;

    public static TheoryData<string, string, string> UnvotesNames => new()
    {
        { "Afghanistan", "AF", "AFG" },
        { "Albania", "AL", "ALB" },
        { "Algeria", "DZ", "DZA" },
        { "Andorra", "AD", "AND" },
        { "Angola", "AO", "AGO" },
        { "Antigua & Barbuda", "AG", "ATG" },
        { "Argentina", "AR", "ARG" },
        { "Armenia", "AM", "ARM" },
        { "Australia", "AU", "AUS" },
        { "Austria", "AT", "AUT" },
        { "Azerbaijan", "AZ", "AZE" },
        { "Bahamas", "BS", "BHS" },
        { "Bahrain", "BH", "BHR" },
        { "Bangladesh", "BD", "BGD" },
        { "Barbados", "BB", "BRB" },
        { "Belarus", "BY", "BLR" },
        { "Belgium", "BE", "BEL" },
        { "Belize", "BZ", "BLZ" },
        { "Benin", "BJ", "BEN" },
        { "Bhutan", "BT", "BTN" },
        { "Bolivia", "BO", "BOL" },
        { "Bosnia & Herzegovina", "BA", "BIH" },
        { "Botswana", "BW", "BWA" },
        { "Brazil", "BR", "BRA" },
        { "Brunei", "BN", "BRN" },
        { "Bulgaria", "BG", "BGR" },
        { "Burkina Faso", "BF", "BFA" },
        { "Burundi", "BI", "BDI" },
        { "Cambodia", "KH", "KHM" },
        { "Cameroon", "CM", "CMR" },
        { "Canada", "CA", "CAN" },
        { "Cape Verde", "CV", "CPV" },
        { "Central African Republic", "CF", "CAF" },
        { "Chad", "TD", "TCD" },
        { "Chile", "CL", "CHL" },
        { "China", "CN", "CHN" },
        { "Colombia", "CO", "COL" },
        { "Comoros", "KM", "COM" },
        { "Congo - Brazzaville", "CG", "COG" },
        { "Congo - Kinshasa", "CD", "COD" },
        { "Costa Rica", "CR", "CRI" },
        { "Croatia", "HR", "HRV" },
        { "Cuba", "CU", "CUB" },
        { "Cyprus", "CY", "CYP" },
        { "Czechia", "CZ", "CZE" },
        { "Czechoslovakia", "CS", "CSK" },
        { "Côte d’Ivoire", "CI", "CIV" },
        { "Denmark", "DK", "DNK" },
        { "Djibouti", "DJ", "DJI" },
        { "Dominica", "DM", "DMA" },
        { "Dominican Republic", "DO", "DOM" },
        { "Ecuador", "EC", "ECU" },
        { "Egypt", "EG", "EGY" },
        { "El Salvador", "SV", "SLV" },
        { "Equatorial Guinea", "GQ", "GNQ" },
        { "Eritrea", "ER", "ERI" },
        { "Estonia", "EE", "EST" },
        { "Eswatini", "SZ", "SWZ" },
        { "Ethiopia", "ET", "ETH" },
        { "Federal Republic of Germany", "", "DEU" },
        { "Fiji", "FJ", "FJI" },
        { "Finland", "FI", "FIN" },
        { "France", "FR", "FRA" },
        { "Gabon", "GA", "GAB" },
        { "Gambia", "GM", "GMB" },
        { "Georgia", "GE", "GEO" },
        { "German Democratic Republic", "DD", "DDR" },
        { "Germany", "DE", "DEU" },
        { "Ghana", "GH", "GHA" },
        { "Greece", "GR", "GRC" },
        { "Grenada", "GD", "GRD" },
        { "Guatemala", "GT", "GTM" },
        { "Guinea", "GN", "GIN" },
        { "Guinea-Bissau", "GW", "GNB" },
        { "Guyana", "GY", "GUY" },
        { "Haiti", "HT", "HTI" },
        { "Honduras", "HN", "HND" },
        { "Hungary", "HU", "HUN" },
        { "Iceland", "IS", "ISL" },
        { "India", "IN", "IND" },
        { "Indonesia", "ID", "IDN" },
        { "Iran", "IR", "IRN" },
        { "Iraq", "IQ", "IRQ" },
        { "Ireland", "IE", "IRL" },
        { "Israel", "IL", "ISR" },
        { "Italy", "IT", "ITA" },
        { "Jamaica", "JM", "JAM" },
        { "Japan", "JP", "JPN" },
        { "Jordan", "JO", "JOR" },
        { "Kazakhstan", "KZ", "KAZ" },
        { "Kenya", "KE", "KEN" },
        { "Kiribati", "KI", "KIR" },
        { "Kuwait", "KW", "KWT" },
        { "Kyrgyzstan", "KG", "KGZ" },
        { "Laos", "LA", "LAO" },
        { "Latvia", "LV", "LVA" },
        { "Lebanon", "LB", "LBN" },
        { "Lesotho", "LS", "LSO" },
        { "Liberia", "LR", "LBR" },
        { "Libya", "LY", "LBY" },
        { "Liechtenstein", "LI", "LIE" },
        { "Lithuania", "LT", "LTU" },
        { "Luxembourg", "LU", "LUX" },
        { "Madagascar", "MG", "MDG" },
        { "Malawi", "MW", "MWI" },
        { "Malaysia", "MY", "MYS" },
        { "Maldives", "MV", "MDV" },
        { "Mali", "ML", "MLI" },
        { "Malta", "MT", "MLT" },
        { "Marshall Islands", "MH", "MHL" },
        { "Mauritania", "MR", "MRT" },
        { "Mauritius", "MU", "MUS" },
        { "Mexico", "MX", "MEX" },
        { "Micronesia (Federated States of)", "FM", "FSM" },
        { "Moldova", "MD", "MDA" },
        { "Monaco", "MC", "MCO" },
        { "Mongolia", "MN", "MNG" },
        { "Montenegro", "ME", "MNE" },
        { "Morocco", "MA", "MAR" },
        { "Mozambique", "MZ", "MOZ" },
        { "Myanmar (Burma)", "MM", "MMR" },
        { "Namibia", "NA", "NAM" },
        { "Nauru", "NR", "NRU" },
        { "Nepal", "NP", "NPL" },
        { "Netherlands", "NL", "NLD" },
        { "New Zealand", "NZ", "NZL" },
        { "Nicaragua", "NI", "NIC" },
        { "Niger", "NE", "NER" },
        { "Nigeria", "NG", "NGA" },
        { "North Korea", "KP", "PRK" },
        { "North Macedonia", "MK", "MKD" },
        { "Norway", "NO", "NOR" },
        { "Oman", "OM", "OMN" },
        { "Pakistan", "PK", "PAK" },
        { "Palau", "PW", "PLW" },
        { "Panama", "PA", "PAN" },
        { "Papua New Guinea", "PG", "PNG" },
        { "Paraguay", "PY", "PRY" },
        { "Peru", "PE", "PER" },
        { "Philippines", "PH", "PHL" },
        { "Poland", "PL", "POL" },
        { "Portugal", "PT", "PRT" },
        { "Qatar", "QA", "QAT" },
        { "Romania", "RO", "ROU" },
        { "Russia", "RU", "RUS" },
        { "Rwanda", "RW", "RWA" },
        { "Samoa", "WS", "WSM" },
        { "San Marino", "SM", "SMR" },
        { "Saudi Arabia", "SA", "SAU" },
        { "Senegal", "SN", "SEN" },
        { "Seychelles", "SC", "SYC" },
        { "Sierra Leone", "SL", "SLE" },
        { "Singapore", "SG", "SGP" },
        { "Slovakia", "SK", "SVK" },
        { "Slovenia", "SI", "SVN" },
        { "Solomon Islands", "SB", "SLB" },
        { "Somalia", "SO", "SOM" },
        { "South Africa", "ZA", "ZAF" },
        { "South Korea", "KR", "KOR" },
        { "South Sudan", "SS", "SSD" },
        { "Spain", "ES", "ESP" },
        { "Sri Lanka", "LK", "LKA" },
        { "St. Kitts & Nevis", "KN", "KNA" },
        { "St. Lucia", "LC", "LCA" },
        { "St. Vincent & Grenadines", "VC", "VCT" },
        { "Sudan", "SD", "SDN" },
        { "Suriname", "SR", "SUR" },
        { "Sweden", "SE", "SWE" },
        { "Switzerland", "CH", "CHE" },
        { "Syria", "SY", "SYR" },
        { "São Tomé & Príncipe", "ST", "STP" },
        { "Taiwan", "TW", "TWN" },
        { "Tajikistan", "TJ", "TJK" },
        { "Tanzania", "TZ", "TZA" },
        { "Thailand", "TH", "THA" },
        { "Timor-Leste", "TL", "TLS" },
        { "Togo", "TG", "TGO" },
        { "Tonga", "TO", "TON" },
        { "Trinidad & Tobago", "TT", "TTO" },
        { "Tunisia", "TN", "TUN" },
        { "Turkey", "TR", "TUR" },
        { "Turkmenistan", "TM", "TKM" },
        { "Tuvalu", "TV", "TUV" },
        { "Uganda", "UG", "UGA" },
        { "Ukraine", "UA", "UKR" },
        { "United Arab Emirates", "AE", "ARE" },
        { "United Kingdom", "GB", "GBR" },
        { "United States", "US", "USA" },
        { "Uruguay", "UY", "URY" },
        { "Uzbekistan", "UZ", "UZB" },
        { "Vanuatu", "VU", "VUT" },
        { "Venezuela", "VE", "VEN" },
        { "Vietnam", "VN", "VNM" },
        { "Yemen", "YE", "YEM" },
        { "Yemen Arab Republic", "", "YEM" },
        { "Yemen People's Republic", "YD", "YMD" },
        { "Yugoslavia", "YU", "SRB" },
        { "Zambia", "ZM", "ZMB" },
        { "Zanzibar", "", "ZAN" },
        { "Zimbabwe", "ZW", "ZWE" },    };

    public static TheoryData<string> UndlWideStateColumns => new(
        ReadHeader("undl/UN_DATA_wide_1946_2021.csv.gz").Skip(UndlMetadataColumns.Length).Where(c => !UndlNonStateColumns.Contains(c.Trim())));

    public static TheoryData<string> VoetenWideColumns => new(ReadHeader("voeten-wide/ungaVoting_003.csv.gz").Skip(8));

    public static TheoryData<string> Undl2025Columns => new(ReadHeader("undl/un_votes_2025_processed_wide.csv.gz").Skip(16));

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
    [MemberData(nameof(UnvotesNames))]
    public void Resolve_UnvotesName_GivesTheEntryOfItsCode(string name, string iso2, string expectedIso3)
    {
        // Given a country name and ISO2 code as the unvotes package writes them
        // When resolving both
        var byName = Reference.Resolve(name);

        // Then the name gives the expected seat, and so does the code where unvotes has one
        Assert.Equal(expectedIso3, byName.Iso3);
        if (iso2.Length > 0)
        {
            Assert.Same(byName, Reference.Resolve(iso2));
        }
    }

    [Theory]
    [MemberData(nameof(UndlWideStateColumns))]
    public void Resolve_UndlWideColumnName_GivesExactlyOneEntry(string column)
    {
        // Given a state column of the UN Digital Library scrape 1946–2021 (UN spelling, historical names, scrape typos)
        // When looking it up
        var candidates = Reference.Candidates(column);

        // Then it names exactly one state
        Assert.Single(candidates);
    }

    [Fact]
    public void Resolve_UndlWideKnownHistoricalNames_GiveTheContinuingSeat()
    {
        // Given historical UN spellings from the scrape
        (string Name, string Iso3)[] cases =
        [
            ("BYELORUSSIAN SSR", "BLR"), ("UKRAINIAN SSR", "UKR"), ("USSR", "RUS"), ("ZAIRE", "COD"), ("CONGO (LEOPOLDVILLE)", "COD"),
            ("CONGO (BRAZZAVILLE)", "COG"), ("CONGO", "COG"), ("BURMA", "MMR"), ("DAHOMEY", "BEN"), ("UPPER VOLTA", "BFA"),
            ("CEYLON", "LKA"), ("KHMER REPUBLIC", "KHM"), ("DEMOCRATIC KAMPUCHEA", "KHM"), ("SIAM", "THA"), ("SWAZILAND", "SWZ"),
            ("CAPE VERDE", "CPV"), ("EAST TIMOR", "TLS"), ("THE FORMER YUGOSLAV REPUBLIC OF MACEDONIA", "MKD"), ("CZECH REPUBLIC", "CZE"),
            ("GERMANY, FEDERAL REPUBLIC OF", "DEU"), ("GERMAN DEMOCRATIC REPUBLIC", "DDR"), ("DEMOCRATIC YEMEN", "YMD"), ("SOUTHERN YEMEN", "YMD"),
            ("UNITED ARAB REPUBLIC", "EGY"), ("TANGANYIKA", "TZA"), ("ZANZIBAR", "ZAN"), ("YUGOSLAVIA", "SRB"), ("SERBIA AND MONTENEGRO", "SRB"),
            ("CZECHOSLOVAKIA", "CSK"), ("TÜRKIYE", "TUR"), ("CÔTE D'IVOIRE", "CIV"), ("IVORY COAST", "CIV"), ("FEDERATION OF MALAYA", "MYS"),
            ("UNION OF SOUTH AFRICA", "ZAF"), ("LIBYAN ARAB JAMAHIRIYA", "LBY"), ("SAINT CHRISTOPHER AND NEVIS", "KNA"),
        ];

        // When resolving each
        // Then each gives its seat
        Assert.All(cases, c => Assert.Equal(c.Iso3, Reference.Resolve(c.Name).Iso3));
    }

    [Fact]
    public void Resolve_UndlWideNonStateColumn_Throws()
    {
        // Given the scrape's column that names no state
        // When / Then looking it up fails
        Assert.All(UndlNonStateColumns, c => Assert.Throws<CountryLookupException>(() => Reference.Resolve(c)));
    }

    [Theory]
    [MemberData(nameof(VoetenWideColumns))]
    public void Indexer_VoetenWideColumn_IsAnIso3Code(string column)
    {
        // Given an ISO3 column of the Voeten-derived wide file
        // When looking it up by code and by Resolve
        var country = Reference[column];

        // Then both give the same entry
        Assert.Same(country, Reference.Resolve(column));
    }

    [Theory]
    [MemberData(nameof(Undl2025Columns))]
    public void Indexer_Undl2025Column_IsAnIso3Code(string column)
    {
        // Given an ISO3 column of the 2025 UN Digital Library file
        // When looking it up by code and by Resolve
        var country = Reference[column];

        // Then both give the same current member
        Assert.Same(country, Reference.Resolve(column));
        Assert.False(country.IsHistorical);
    }

    [Fact]
    public void Resolve_Es11MemberStates_CodeAndNameAgree()
    {
        // Given the 193 member states recorded for resolution ES-11/1 (code and UN name)
        var rows = ReadCsv(TestPaths.Shared("undl", "undl_ga_es11_1_2022.csv")).Skip(1).Select(f => (Code: f[1], Name: f[2])).ToList();

        // When resolving the code and the name
        // Then both give the same entry, and all 193 members are there
        Assert.All(rows, r => Assert.Same(Reference[r.Code], Reference.Resolve(r.Name)));
        Assert.Equal(Reference.Countries.Where(c => !c.IsHistorical).Select(c => c.Iso3).Order(StringComparer.Ordinal), rows.Select(r => r.Code).Distinct().Order(StringComparer.Ordinal));
    }

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

    private static List<string> ReadHeader(string relativePath)
    {
        using var file = File.OpenRead(Path.Combine(TestPaths.SharedData, relativePath));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return SplitCsv(reader.ReadLine() ?? string.Empty);
    }

    private static IEnumerable<List<string>> ReadCsv(string path) =>
        File.ReadLines(path, Encoding.UTF8).Where(l => l.Length > 0).Select(SplitCsv);

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                sb.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }

        fields.Add(sb.ToString());
        return fields;
    }
}
