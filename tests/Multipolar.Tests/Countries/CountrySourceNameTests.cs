using Multipolar.Countries;
using static Multipolar.Tests.Countries.SourceCsv;

namespace Multipolar.Tests.Countries;

/// <summary>Every country name or column of the vote data sources (unvotes, UN Digital Library, Voeten) resolves to one entry.</summary>
public sealed class CountrySourceNameTests
{
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
}
