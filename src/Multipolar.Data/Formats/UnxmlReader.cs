using System.Globalization;
using System.Text;
using System.Text.Json;
using Multipolar.Countries;
using Multipolar.Votes;

namespace Multipolar.Data.Formats;

/// <summary>
/// Reads the UN's machine-readable General Assembly resolutions (UNxml/GAresolutions <c>data_extract/</c>,
/// one JSON object per line and adopted resolution, voted or not). Every quirk is handled by a rule of
/// docs/sources.md ("The official resolution record") and reported as a <see cref="SourceQuirk"/>:
/// <list type="bullet">
/// <item>Votes are three lists of member-state names, resolved through the country reference's names and
/// aliases; the members on the adoption date that no list names are absent (<see cref="Vote.Absent"/>),
/// states that were not members get no record. Several spellings of one state are reported.</item>
/// <item>Dates <c>2019-11-07 00:00:00</c> and <c>2 March 2022</c> (the space may be a no-break space).</item>
/// <item>Counts are strings; <c>N.A.</c> is no count (for a recorded vote with an empty list, zero).</item>
/// <item>A symbol seen again (in any file) keeps its first copy; the copies are reported, and a copy whose
/// adoption, date or votes differ is reported apart.</item>
/// <item>A recorded vote with three empty lists is no roll call from this source (source defect); a name listed
/// twice counts once; a state in two lists loses its vote; lists that disagree with the stated counts keep the
/// listed votes but derive no absence (the unlisted members' votes are unknown), both numbers reported.</item>
/// <item>Resolutions adopted without a vote (or with no adoption type) are kept as resolutions, not roll calls.</item>
/// </list>
/// Issue areas: <see cref="IssueClassifier"/> on <c>subjects</c>, <c>agenda_item_name</c> and <c>title</c>
/// separately, recorded with the field(s) that gave each code (<see cref="SourceResolution.IssueBasis"/>).
/// </summary>
/// <remarks>System.Text.Json's <see cref="JsonDocument"/> (no reflection: the CLI is compiled with Native AOT).</remarks>
internal sealed class UnxmlReader(SourceBatchBuilder batch)
{
    /// <summary>The properties whose presence on a line's object identifies the layout.</summary>
    public static readonly string[] RequiredProperties =
        ["symbol", "adoption_date", "adoption_type", "MS_in_favour", "MS_against", "MS_abstaining", "MS_in_favour_count"];

    private static readonly (string List, string Count, Vote Vote)[] Lists =
        [("MS_in_favour", "MS_in_favour_count", Vote.Yes), ("MS_against", "MS_against_count", Vote.No), ("MS_abstaining", "MS_abstaining_count", Vote.Abstain)];

    private readonly StateResolver states = StateResolver.Create(batch.Reference);
    private readonly Dictionary<string, (string File, long Line, string Signature)> seen = new(StringComparer.Ordinal);
    private readonly Dictionary<Country, Dictionary<string, int>> spellings = [];
    private readonly Dictionary<DateOnly, Country[]> members = [];

    public void Read(string path, int file, Action<long>? progress)
    {
        using var stream = SourceOpener.Open(path);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        long line = 0, iso = 0, text = 0, nbsp = 0, rows = 0;
        var notAvailable = new List<string>();
        var withoutVote = 0;
        var repeats = new List<string>();
        while (reader.ReadLine() is { } raw)
        {
            line++;
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            rows++;
            using var json = Parse(raw, path, line);
            var o = json.RootElement;
            var symbol = Text(o, "symbol", path, line) ?? throw new IngestException(path, line, "symbol", "", "the resolution has no symbol.");
            var dateText = Text(o, "adoption_date", path, line) ?? throw new IngestException(path, line, "adoption_date", "", "the resolution has no adoption date.");
            var (date, isIso, hadNbsp) = ParseDate(dateText, path, line);
            iso += isIso ? 1 : 0;
            text += isIso ? 0 : 1;
            nbsp += hadNbsp ? 1 : 0;
            var adoption = Adoption(Text(o, "adoption_type", path, line), path, line);

            // Votes: resolved, repeated names counted once, a state in two lists dropped.
            var votes = new Dictionary<Country, Vote>();
            var contradictory = new HashSet<Country>();
            var listed = new int[3];
            long repeatedNames = 0;
            int?[] stated = new int?[3];
            for (var k = 0; k < Lists.Length; k++)
            {
                var (list, count, vote) = Lists[k];
                stated[k] = Count(o, count, path, line, symbol, notAvailable);
                foreach (var name in Names(o, list, path, line))
                {
                    var state = states.Resolve([], name, path, line, list, list);
                    Spelled(state, name);
                    listed[k]++;
                    if (votes.TryGetValue(state, out var earlier))
                    {
                        if (earlier == vote)
                        {
                            repeatedNames++;
                        }
                        else
                        {
                            contradictory.Add(state);
                        }

                        continue;
                    }

                    votes[state] = vote;
                }
            }

            var signature = Signature(adoption, date, votes);
            if (seen.TryGetValue(symbol, out var first))
            {
                repeats.Add($"{symbol} (line {line}, first at line {first.Line}{(first.File == path ? "" : " of " + first.File)})");
                if (first.Signature != signature)
                {
                    batch.Report(new SourceQuirk(SourceQuirkKind.RepeatedSymbolDiffers, path, line,
                        $"{symbol}: this copy's adoption, date or votes differ from the copy at line {first.Line} of {first.File}; the first copy is kept."));
                }

                continue;
            }

            seen[symbol] = (path, line, signature);
            var title = Text(o, "title", path, line);
            var agenda = Text(o, "agenda_item_name", path, line);
            var subjects = Subjects(o);
            var session = Session(symbol, date);
            var basis = IssueBasis(symbol, subjects, agenda, title);
            var counts = (Yes: stated[0], No: stated[1], Abstain: stated[2]);
            if (adoption != RecordedVote)
            {
                withoutVote += adoption == WithoutVote ? 1 : 0;
                if (adoption == NotStated)
                {
                    batch.Report(new SourceQuirk(SourceQuirkKind.AdoptionNotStated, path, line,
                        $"{symbol} ({title}): adoption_type is empty and no name is listed; kept as a resolution without a roll call."));
                }

                if (votes.Count > 0)
                {
                    throw new IngestException(path, line, "adoption_type", Text(o, "adoption_type", path, line),
                        $"{symbol} lists {votes.Count} member states' votes but was not adopted by a recorded vote.");
                }

                batch.AddResolution(new SourceResolution(symbol, session, date, adoption, null, null, null, title, agenda, basis, -1, file, line, null));
                continue;
            }

            string? note = null;
            if (votes.Count == 0)
            {
                note = $"source defect: recorded vote with empty lists (stated {Show(counts.Yes)}-{Show(counts.No)}-{Show(counts.Abstain)}); no roll call kept from this source";
                batch.Report(new SourceQuirk(SourceQuirkKind.EmptyVoteLists, path, line, $"{symbol}: {note}."));
                batch.AddResolution(new SourceResolution(symbol, session, date, adoption, counts.Yes, counts.No, counts.Abstain, title, agenda, basis, -1, file, line, note));
                continue;
            }

            if (repeatedNames > 0)
            {
                note = $"source defect: {repeatedNames} names listed twice (each state counted once)";
                batch.Report(new SourceQuirk(SourceQuirkKind.RepeatedNames, path, line,
                    $"{symbol}: {repeatedNames} of {listed.Sum()} names are repeats of a name in the same list; each state is counted once ({votes.Count(v => v.Value == Vote.Yes)}-{votes.Count(v => v.Value == Vote.No)}-{votes.Count(v => v.Value == Vote.Abstain)})."));
            }

            foreach (var state in contradictory)
            {
                votes.Remove(state);
                note = (note is null ? "" : note + "; ") + $"source defect: {state.Iso3} in two lists (vote dropped)";
                batch.Report(new SourceQuirk(SourceQuirkKind.ContradictoryNames, path, line, $"{symbol}: {state.Name} ({state.Iso3}) is listed with two different votes; its vote is dropped."));
            }

            var tally = new[] { votes.Count(v => v.Value == Vote.Yes), votes.Count(v => v.Value == Vote.No), votes.Count(v => v.Value == Vote.Abstain) };
            var agree = Enumerable.Range(0, 3).All(k => stated[k] is not int s || s == tally[k]) && contradictory.Count == 0;
            if (!agree)
            {
                note = (note is null ? "" : note + "; ") + $"lists {tally[0]}-{tally[1]}-{tally[2]} against stated counts {Show(counts.Yes)}-{Show(counts.No)}-{Show(counts.Abstain)}: no absence derived";
                batch.Report(new SourceQuirk(SourceQuirkKind.CountMismatch, path, line,
                    $"{symbol}: the lists hold {tally[0]} in favour, {tally[1]} against, {tally[2]} abstaining; the stated counts are {Show(counts.Yes)}, {Show(counts.No)}, {Show(counts.Abstain)}. The listed votes are kept; no absence is derived (the unlisted members' votes are unknown)."));
            }

            var rc = new RollCall
            {
                Id = default,
                Session = session,
                Date = date,
                Resolution = symbol,
                Title = title,
                Description = string.Join(" | ", new[] { agenda, subjects }.Where(t => !string.IsNullOrEmpty(t))) is { Length: > 0 } d ? d : null,
            };
            var index = batch.Describe("unxml:" + symbol, null, rc, file, line);
            foreach (var (state, vote) in votes)
            {
                batch.AddVote(index, state, vote, file, line);
            }

            if (agree)
            {
                foreach (var member in MembersOn(date))
                {
                    if (!votes.ContainsKey(member) && !contradictory.Contains(member))
                    {
                        batch.AddVote(index, member, Vote.Absent, file, line);
                    }
                }
            }

            batch.AddResolution(new SourceResolution(symbol, session, date, adoption, counts.Yes, counts.No, counts.Abstain, title, agenda, basis, index, file, line, note));
            if (rows % 64 == 0)
            {
                progress?.Invoke(rows);
            }
        }

        batch.SetRows(file, rows);
        if (iso > 0 || nbsp > 0)
        {
            batch.Report(new SourceQuirk(SourceQuirkKind.DateFormats, path, 0,
                $"{iso} dates as 'yyyy-MM-dd 00:00:00', {text} as 'd MMMM yyyy'{(nbsp > 0 ? $" ({nbsp} with a no-break space)" : "")}; both read."));
        }

        if (notAvailable.Count > 0)
        {
            batch.Report(new SourceQuirk(SourceQuirkKind.NotAvailableCount, path, 0,
                $"{notAvailable.Count} counts of recorded votes are 'N.A.' with an empty list, read as 0: {string.Join(", ", notAvailable.Take(5))}{(notAvailable.Count > 5 ? ", …" : "")}."));
        }

        if (repeats.Count > 0)
        {
            batch.Report(new SourceQuirk(SourceQuirkKind.RepeatedSymbol, path, 0,
                $"{repeats.Count} repeated copies of a symbol, not read (the first copy is kept): {string.Join(", ", repeats.Take(5))}{(repeats.Count > 5 ? ", …" : "")}."));
        }

        if (withoutVote > 0)
        {
            batch.Report(new SourceQuirk(SourceQuirkKind.WithoutVote, path, 0,
                $"{withoutVote} resolutions adopted without a vote: kept as resolutions, not roll calls (no vote is invented)."));
        }
    }

    /// <summary>Reports the states spelt more than one way across the files read.</summary>
    public void Finish()
    {
        foreach (var (state, names) in spellings.Where(s => s.Value.Count > 1).OrderBy(s => s.Key.Iso3, StringComparer.Ordinal))
        {
            var file = batch.Files.LastOrDefault(f => f.Format == SourceFormat.UnxmlResolutions)?.Path ?? "";
            batch.Report(new SourceQuirk(SourceQuirkKind.NameVariants, file, 0,
                $"{state.Iso3} is spelt {names.Count} ways: {string.Join(", ", names.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => $"{n.Key} ({n.Value})"))}; all resolved through the country reference."));
        }
    }

    internal const string RecordedVote = "recorded vote";
    internal const string WithoutVote = "without a vote";
    internal const string NotStated = "not stated";

    private static JsonDocument Parse(string raw, string path, long line)
    {
        try
        {
            var json = JsonDocument.Parse(raw);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                json.Dispose();
                throw new IngestException(path, line, null, Snippet(raw), "expected one JSON object per line.");
            }

            return json;
        }
        catch (JsonException e)
        {
            throw new IngestException(path, line, null, Snippet(raw), $"not valid JSON: {e.Message}");
        }
    }

    private static string Snippet(string raw) => raw.Length > 60 ? raw[..60] + "…" : raw;

    private static string? Text(JsonElement o, string name, string path, long line)
    {
        if (!o.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (p.ValueKind != JsonValueKind.String)
        {
            throw new IngestException(path, line, name, p.GetRawText(), "expected a string.");
        }

        var s = p.GetString()!.Trim();
        return s.Length == 0 ? null : s;
    }

    private static IEnumerable<string> Names(JsonElement o, string name, string path, long line)
    {
        if (!o.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            yield break;
        }

        if (p.ValueKind != JsonValueKind.Array)
        {
            throw new IngestException(path, line, name, p.GetRawText(), "expected a list of member-state names.");
        }

        foreach (var e in p.EnumerateArray())
        {
            if (e.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(e.GetString()))
            {
                throw new IngestException(path, line, name, e.GetRawText(), "expected a member-state name (a non-empty string).");
            }

            yield return e.GetString()!;
        }
    }

    private static int? Count(JsonElement o, string name, string path, long line, string symbol, List<string> notAvailable)
    {
        if (!o.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var n) && n >= 0)
        {
            return n;
        }

        var s = p.ValueKind == JsonValueKind.String ? p.GetString()!.Trim() : null;
        if (s is "N.A." or "NA" or "")
        {
            var list = name.Replace("_count", "", StringComparison.Ordinal);
            if (o.TryGetProperty(list, out var l) && l.ValueKind == JsonValueKind.Array && l.GetArrayLength() == 0 && IsRecorded(o))
            {
                notAvailable.Add($"{symbol} {name}");
                return 0;
            }

            return null;
        }

        return int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out n)
            ? n
            : throw new IngestException(path, line, name, p.GetRawText(), "expected a count (digits) or 'N.A.'.");
    }

    private static bool IsRecorded(JsonElement o) =>
        o.TryGetProperty("adoption_type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString()!.Trim().Equals("By a recorded vote", StringComparison.OrdinalIgnoreCase);

    private static string Adoption(string? type, string path, long line) => type?.ToLowerInvariant() switch
    {
        null => NotStated,
        "by a recorded vote" => RecordedVote,
        "without a vote" => WithoutVote,
        _ => throw new IngestException(path, line, "adoption_type", type, "expected 'By a recorded vote', 'Without a vote' or empty."),
    };

    private static readonly string[] IsoFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"];

    private static (DateOnly Date, bool Iso, bool Nbsp) ParseDate(string text, string path, long line)
    {
        var nbsp = text.Contains('\u00A0', StringComparison.Ordinal);
        var t = nbsp ? text.Replace('\u00A0', ' ') : text;
        if (DateTime.TryParseExact(t, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return (DateOnly.FromDateTime(d), true, nbsp);
        }

        if (DateTime.TryParseExact(t, "d MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out d))
        {
            return (DateOnly.FromDateTime(d), false, nbsp);
        }

        throw new IngestException(path, line, "adoption_date", text, "expected a date as '2019-11-07 00:00:00' or '2 March 2022'.");
    }

    /// <summary>The subject terms (each subject is <c>[term, thesaurus]</c>), joined by "; ".</summary>
    private static string? Subjects(JsonElement o)
    {
        if (!o.TryGetProperty("subjects", out var p) || p.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var terms = new List<string>();
        foreach (var s in p.EnumerateArray())
        {
            var term = s.ValueKind switch
            {
                JsonValueKind.Array when s.GetArrayLength() > 0 && s[0].ValueKind == JsonValueKind.String => s[0].GetString(),
                JsonValueKind.String => s.GetString(),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(term))
            {
                terms.Add(term.Trim());
            }
        }

        return terms.Count == 0 ? null : string.Join("; ", terms);
    }

    /// <summary>The session: the number in the symbol (<c>A/RES/74/1</c> → 74), else (emergency special sessions) the regular one in progress.</summary>
    private static int Session(string symbol, DateOnly date)
    {
        var parts = symbol.Split('/');
        return parts.Length >= 3 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : GeneralAssemblySession.InProgressOn(date);
    }

    /// <summary>The issue codes of each field and the fields that gave them: <c>code:field+field</c>, space-separated.</summary>
    internal static string IssueBasis(string symbol, string? subjects, string? agenda, string? title)
    {
        var fields = new[] { ("subjects", subjects), ("agenda_item_name", agenda), ("title", title) };
        var byCode = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (field, text) in fields)
        {
            var codes = IssueClassifier.Classify(text).Select(i => i.Code).ToList();
            if (IssueClassifier.IsUkraine(text))
            {
                codes.Add(IssueClassifier.Ukraine.Code);
            }

            foreach (var code in codes)
            {
                (byCode.TryGetValue(code, out var l) ? l : byCode[code] = []).Add(field);
            }
        }

        if (IssueClassifier.IsUkraine(symbol))
        {
            (byCode.TryGetValue(IssueClassifier.Ukraine.Code, out var l) ? l : byCode[IssueClassifier.Ukraine.Code] = []).Insert(0, "symbol");
        }

        var order = IssueArea.Standard.Select(a => a.Code).Append(IssueClassifier.Ukraine.Code).ToList();
        return string.Join(' ', byCode.OrderBy(kv => order.IndexOf(kv.Key)).Select(kv => $"{kv.Key}:{string.Join('+', kv.Value)}"));
    }

    private static string Signature(string adoption, DateOnly date, Dictionary<Country, Vote> votes) =>
        $"{adoption}|{date:yyyy-MM-dd}|" + string.Join(',', votes.OrderBy(v => v.Key.Index).Select(v => $"{v.Key.Iso3}{(int)v.Value}"));

    private static string Show(int? count) => count?.ToString(CultureInfo.InvariantCulture) ?? "N.A.";

    private void Spelled(Country state, string name)
    {
        if (!spellings.TryGetValue(state, out var names))
        {
            spellings[state] = names = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        names[name] = names.GetValueOrDefault(name) + 1;
    }

    /// <summary>The UN members on a date (the country reference's membership dates).</summary>
    private Country[] MembersOn(DateOnly date)
    {
        if (!members.TryGetValue(date, out var list))
        {
            members[date] = list = [.. batch.Reference.Countries.Where(c => c.MemberFrom is { } f && f <= date && (c.MemberUntil is not { } u || date <= u))];
        }

        return list;
    }
}
