using System.Globalization;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using nietras.SeparatedValues;

namespace Multipolar.Data.Power;

/// <summary>
/// Reads the material-power files: COW National Material Capabilities v6.0 (COW's abridged CSV, −9 for
/// missing) and v7.0 (peacesciencer's CSV, empty cells for missing), and World Bank GDP (current US$).
/// States are identified through the one country reference: NMC rows by COW code
/// (<see cref="CountryReference.TryResolveCow"/>), GDP rows by ISO3 code.
/// </summary>
/// <remarks>
/// <para>Rows whose code the country reference does not know are left out and counted by code: for NMC the
/// states that never held a UN seat (Kosovo 347, the Republic of Vietnam 817, the states of before 1946);
/// for the World Bank its aggregates (WLD, EUU, ARB, income and region groups) and the territories that
/// are not UN members (e.g. HKG, PRI, XKX). The rule is the country reference, not a list of aggregates.</para>
/// <para>Where two COW codes of one seat both have a row in a year (West Germany 260 and Germany 255 in
/// 1990; the Yemen Arab Republic 678 and Yemen 679 in 1990), the row of the seat's own code is kept and the
/// predecessor's is left out (counted).</para>
/// <para>Any malformed value fails the whole read with the file, line, column and value.</para>
/// </remarks>
public static class PowerReader
{
    /// <summary>The layout of a file from its header; null when it is no material-power layout.</summary>
    public static PowerFormat? Recognise(string path)
    {
        string? header;
        try
        {
            header = SourceOpener.ReadHeader(path);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return null;
        }

        if (header is null)
        {
            return null;
        }

        var set = new HashSet<string>(FormatDetector.SplitHeader(header), StringComparer.OrdinalIgnoreCase);
        if (set.IsSupersetOf(["ccode", "year", "milex", "milper", "irst", "pec", "tpop", "upop", "cinc"]))
        {
            return set.Contains("version") ? PowerFormat.NmcV6 : PowerFormat.NmcV7;
        }

        return set.SetEquals(["Country Name", "Country Code", "Year", "Value"]) ? PowerFormat.WorldBankGdp : null;
    }

    /// <summary>
    /// Splits ingest paths: the material-power files (given by name, or found in a given folder) and the
    /// paths left for the vote readers (files that are not material-power files, and every folder).
    /// </summary>
    public static (IReadOnlyList<string> PowerFiles, IReadOnlyList<string> Others) Plan(IEnumerable<string> paths)
    {
        var power = new List<string>();
        var others = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                power.AddRange(Directory.EnumerateFiles(path).Order(StringComparer.Ordinal).Where(f => Recognise(f) is not null));
                others.Add(path);
            }
            else if (File.Exists(path) && Recognise(path) is not null)
            {
                power.Add(path);
            }
            else
            {
                others.Add(path);
            }
        }

        return (power.Distinct().ToArray(), others);
    }

    /// <summary>Reads the files (all or nothing).</summary>
    /// <exception cref="IngestException">A file is unreadable, in no known layout, or has a malformed value or a repeated state-year.</exception>
    public static PowerBatch Read(IReadOnlyList<string> paths, CountryReference reference)
    {
        var files = new List<PowerFile>();
        var caps = new Dictionary<PowerFormat, IReadOnlyList<CapabilityRow>>();
        var gdp = new List<GdpRow>();
        foreach (var path in paths)
        {
            var format = Recognise(path) ?? throw new IngestException(path, 1, null, null, "the header is not a COW NMC or World Bank GDP layout (docs/power.md).");
            var skipped = new Dictionary<(string, string), long>();
            long rows;
            if (format == PowerFormat.WorldBankGdp)
            {
                var before = gdp.Count;
                rows = ReadGdp(path, reference, gdp, skipped);
                files.Add(new PowerFile(path, format, SourceOpener.Sha256(path), rows, gdp.Count - before, Sorted(skipped)));
            }
            else
            {
                if (caps.ContainsKey(format))
                {
                    throw new IngestException(path, 0, null, null, $"a second {format} file in one ingest; give one file per release.");
                }

                var list = new List<CapabilityRow>();
                rows = ReadNmc(path, format, reference, list, skipped);
                caps[format] = list;
                files.Add(new PowerFile(path, format, SourceOpener.Sha256(path), rows, list.Count, Sorted(skipped)));
            }
        }

        if (files.Count(f => f.Format == PowerFormat.WorldBankGdp) > 1)
        {
            throw new IngestException(files.Last(f => f.Format == PowerFormat.WorldBankGdp).Path, 0, null, null, "a second World Bank GDP file in one ingest; give one.");
        }

        return new PowerBatch(files, caps, gdp);

        static IReadOnlyList<PowerSkip> Sorted(Dictionary<(string, string), long> d) =>
            [.. d.OrderBy(kv => kv.Key.Item1, StringComparer.Ordinal).ThenByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal).Select(kv => new PowerSkip(kv.Key.Item1, kv.Key.Item2, kv.Value))];
    }

    private static long ReadNmc(string path, PowerFormat format, CountryReference reference, List<CapabilityRow> rows, Dictionary<(string, string), long> skipped)
    {
        using var csv = CsvSource.Open(path);
        int cc = csv.Column("ccode"), yr = csv.Column("year"), cinc = csv.Column("cinc");
        int[] parts = [csv.Column("milex"), csv.Column("milper"), csv.Column("irst"), csv.Column("pec"), csv.Column("tpop"), csv.Column("upop")];
        var version = csv.OptionalColumn("version");
        var width = csv.Reader.Header.ColNames.Count;
        var byStateYear = new Dictionary<(string, int), int>();
        var unknown = new Dictionary<int, long>();
        long n = 0;
        foreach (var row in csv.Reader)
        {
            n++;
            csv.RequireFields(row, width);
            if (version >= 0 && row[version].Span.Trim() is var v && !v.SequenceEqual("2021"))
            {
                throw csv.Bad(row, version, "expected 2021 (NMC v6.0, released 2021); another release needs its own layout.");
            }

            var code = (int)Whole(csv, row, cc);
            var year = (int)Whole(csv, row, yr);
            if (!reference.TryResolveCow(code, out var state))
            {
                unknown[code] = unknown.GetValueOrDefault(code) + 1;
                continue;
            }

            var values = new double?[7];
            for (var i = 0; i < 6; i++)
            {
                values[i] = Measure(csv, row, parts[i], format);
            }

            values[6] = Measure(csv, row, cinc, format);
            if (values[6] > 1)
            {
                throw csv.Bad(row, cinc, "a CINC score is a share: expected a number from 0 to 1.");
            }

            var record = new CapabilityRow(state.Iso3, code, year, values[0], values[1], values[2], values[3], values[4], values[5], values[6], CsvSource.LineOf(row));
            if (byStateYear.TryGetValue((state.Iso3, year), out var at))
            {
                var other = rows[at];
                if (other.Cow == code)
                {
                    throw new IngestException(path, record.Line, "year", year.ToString(CultureInfo.InvariantCulture),
                        $"COW code {code} has a second row for {year} (the first on line {other.Line}).");
                }

                // Two codes of one seat in a year: the seat's own code wins.
                var keepNew = state.Cow == code;
                var dropped = keepNew ? other : record;
                var key = ($"predecessor's code in a year the seat's own code has a row ({state.Iso3})", dropped.Cow.ToString(CultureInfo.InvariantCulture));
                skipped[key] = skipped.GetValueOrDefault(key) + 1;
                if (keepNew)
                {
                    rows[at] = record;
                }

                continue;
            }

            byStateYear[(state.Iso3, year)] = rows.Count;
            rows.Add(record);
        }

        foreach (var (code, count) in unknown)
        {
            skipped[("not in the country reference", code.ToString(CultureInfo.InvariantCulture))] = count;
        }

        return n;
    }

    private static long ReadGdp(string path, CountryReference reference, List<GdpRow> rows, Dictionary<(string, string), long> skipped)
    {
        using var csv = CsvSource.Open(path);
        int code = csv.Column("Country Code"), yr = csv.Column("Year"), value = csv.Column("Value");
        var width = csv.Reader.Header.ColNames.Count;
        var seen = new Dictionary<(string, int), long>();
        long n = 0;
        foreach (var row in csv.Reader)
        {
            n++;
            csv.RequireFields(row, width);
            var iso3 = row[code].Span.Trim().ToString();
            var year = (int)Whole(csv, row, yr);
            var text = row[value].Span.Trim();
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var usd) || !double.IsFinite(usd) || usd <= 0)
            {
                throw csv.Bad(row, value, "expected GDP in current US$, a positive number.");
            }

            if (iso3.Length != 3 || !reference.TryGetByIso3(iso3, out var state) || !string.Equals(state.Iso3, iso3, StringComparison.Ordinal))
            {
                var key = ("not in the country reference (aggregate or territory)", iso3);
                skipped[key] = skipped.GetValueOrDefault(key) + 1;
                continue;
            }

            var line = CsvSource.LineOf(row);
            if (!seen.TryAdd((iso3, year), line))
            {
                throw new IngestException(path, line, "Year", year.ToString(CultureInfo.InvariantCulture), $"{iso3} has a second row for {year} (the first on line {seen[(iso3, year)]}).");
            }

            rows.Add(new GdpRow(iso3, year, usd, line));
        }

        return n;
    }

    private static long Whole(CsvSource csv, SepReader.Row row, int col) =>
        long.TryParse(row[col].Span.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= 0
            ? v
            : throw csv.Bad(row, col, "expected a whole number.");

    /// <summary>A component or CINC: a non-negative number; missing is −9 in v6 and empty (or NA) in v7.</summary>
    private static double? Measure(CsvSource csv, SepReader.Row row, int col, PowerFormat format)
    {
        var span = row[col].Span.Trim();
        if (format == PowerFormat.NmcV7 && (span.IsEmpty || span.SequenceEqual("NA")))
        {
            return null;
        }

        if (!double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
        {
            throw csv.Bad(row, col, format == PowerFormat.NmcV6 ? "expected a number (−9 for missing in NMC v6.0)." : "expected a number or an empty cell (missing).");
        }

        if (format == PowerFormat.NmcV6 && v == -9)
        {
            return null;
        }

        return v >= 0 ? v : throw csv.Bad(row, col, format == PowerFormat.NmcV6 ? "a negative value other than −9 (missing)." : "a negative value; missing is an empty cell in this layout.");
    }
}
