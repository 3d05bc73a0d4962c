using System.Globalization;
using System.IO.Compression;
using System.Text;
using Multipolar.Countries;
using Multipolar.Votes;

namespace Multipolar.Tests.Formats;

/// <summary>A small data set that tests write in each published layout.</summary>
internal sealed record TestDataSet(IReadOnlyList<RollCall> RollCalls, IReadOnlyList<(long Rcid, Country State, Vote Vote)> Votes)
{
    /// <summary>A seeded random data set: roll calls over a few years, states voting, absent or not members.</summary>
    public static TestDataSet Random(int seed, int rollCalls = 12, int states = 15)
    {
        var rng = new Random(seed);
        var countries = CountryReference.Default.Countries.Where(c => !c.IsHistorical && c.Iso3 != "CHN").Take(60).OrderBy(_ => rng.Next()).Take(states).ToArray();
        var rcs = new List<RollCall>();
        var votes = new List<(long, Country, Vote)>();
        for (var i = 0; i < rollCalls; i++)
        {
            var year = 1990 + rng.Next(25);
            var rc = new RollCall
            {
                Id = new RollCallId(100 + i),
                Session = year - 1945,
                Date = new DateOnly(year, 1 + rng.Next(12), 1 + rng.Next(28)),
                Resolution = $"A/RES/{year - 1945}/{rng.Next(1, 300)}",
                Title = $"Title {i}, with a comma and \"quotes\"",
                Description = $"Description of roll call {i}",
                Amendment = rng.Next(5) == 0,
                Paragraph = rng.Next(5) == 0,
                Important = rng.Next(4) == 0,
                Issues = [.. IssueArea.Standard.Where(_ => rng.Next(4) == 0)],
            };
            rcs.Add(rc);
            foreach (var c in countries)
            {
                var r = rng.Next(10);
                if (r < 8)
                {
                    votes.Add((rc.Id.Value, c, r < 5 ? Vote.Yes : r < 7 ? Vote.No : Vote.Abstain));
                }
            }
        }

        return new TestDataSet(rcs, votes);
    }

    public string UnvotesRollCalls()
    {
        var sb = new StringBuilder("\"rcid\",\"session\",\"importantvote\",\"date\",\"unres\",\"amend\",\"para\",\"short\",\"descr\"\n");
        foreach (var r in RollCalls)
        {
            sb.Append(Inv($"{r.Id.Value},{r.Session},{B(r.Important)},\"{r.Date:yyyy-MM-dd}\",\"{r.Resolution}\",{B(r.Amendment)},{B(r.Paragraph)},{Q(r.Title)},{Q(r.Description)}\n"));
        }

        return sb.ToString();
    }

    public string UnvotesIssues()
    {
        var sb = new StringBuilder("\"rcid\",\"short_name\",\"issue\"\n");
        foreach (var r in RollCalls)
        {
            foreach (var i in r.Issues)
            {
                sb.Append(Inv($"{r.Id.Value},\"{i.Code}\",{Q(i.Description)}\n"));
            }
        }

        return sb.ToString();
    }

    public string UnvotesVotes()
    {
        var sb = new StringBuilder("\"rcid\",\"country\",\"country_code\",\"vote\"\n");
        foreach (var (rcid, c, v) in Votes)
        {
            sb.Append(Inv($"{rcid},{Q(c.Name)},\"{c.Iso2}\",\"{v.ToWord()}\"\n"));
        }

        return sb.ToString();
    }

    /// <summary>Voeten's long layout: a row per member state and roll call, absent members coded 8.</summary>
    public string VoetenLong()
    {
        var sb = new StringBuilder("rcid,ccode,member,vote,Country,Countryname,year,session,abstain,yes,no,importantvote,date,unres,amend,para,short,descr,me,nu,di,hr,co,ec\n");
        var states = Votes.Select(v => v.State).Distinct().ToArray();
        foreach (var r in RollCalls)
        {
            var cast = Votes.Where(v => v.Rcid == r.Id.Value).ToDictionary(v => v.State, v => v.Vote);
            foreach (var c in states)
            {
                var v = cast.TryGetValue(c, out var x) ? x : Vote.Absent;
                var issues = string.Join(",", IssueArea.Standard.Select(i => r.Issues.Contains(i) ? "1" : "0"));
                sb.Append(Inv($"{r.Id.Value},{c.Cow},1,{(int)v},{c.Iso3},{Q(c.Name)},{r.Year},{r.Session},{cast.Values.Count(y => y == Vote.Abstain)},{cast.Values.Count(y => y == Vote.Yes)},{cast.Values.Count(y => y == Vote.No)},{B(r.Important)},{r.Date:yyyy-MM-dd},{r.Resolution},{B(r.Amendment)},{B(r.Paragraph)},{Q(r.Title)},{Q(r.Description)},{issues}\n"));
            }
        }

        return sb.ToString();
    }

    /// <summary>The UN Digital Library bulk layout (no Voeten ids; absent members coded X).</summary>
    public string UndlBulk()
    {
        var sb = new StringBuilder("undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,title,agenda_title,subjects,vote_note,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link\n");
        var states = Votes.Select(v => v.State).Distinct().ToArray();
        foreach (var r in RollCalls)
        {
            var cast = Votes.Where(v => v.Rcid == r.Id.Value).ToDictionary(v => v.State, v => v.Vote);
            foreach (var c in states)
            {
                var v = cast.TryGetValue(c, out var x) ? x : Vote.Absent;
                var letter = v switch { Vote.Yes => "Y", Vote.No => "N", Vote.Abstain => "A", _ => "X" };
                sb.Append(Inv($"{9000 + r.Id.Value},{c.Iso3},{Q(c.Name.ToUpperInvariant())},{letter},{r.Date:yyyy-MM-dd},{r.Session},{r.Resolution},,,,{Q(r.Title)},{Q(r.Description)},,,{cast.Values.Count(y => y == Vote.Yes)},{cast.Values.Count(y => y == Vote.No)},{cast.Values.Count(y => y == Vote.Abstain)},{states.Length - cast.Count},{states.Length},\n"));
            }
        }

        return sb.ToString();
    }

    private static string B(bool b) => b ? "1" : "0";

    private static string Q(string? s) => s is null ? "" : "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Writing test files.</summary>
internal static class LayoutWriter
{
    public static void WriteGzip(string path, string text)
    {
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.Fastest);
        gz.Write(Encoding.UTF8.GetBytes(text));
    }
}
