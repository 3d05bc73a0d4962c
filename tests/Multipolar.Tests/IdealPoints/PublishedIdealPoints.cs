using System.Globalization;
using System.IO.Compression;
using System.Text;
using Multipolar.IdealPoints;

namespace Multipolar.Tests.IdealPoints;

/// <summary>
/// Bailey, Strezhnev and Voeten's published ideal points (the shared <c>voeten-bsv/Idealpointestimates*_Apr2020.csv.gz</c>,
/// sessions 1–74; read by tests and benchmarks only, never shipped) and the comparison of a fit with them by ISO3 and
/// session: pooled, per decade (of the session's opening year) and per session.
/// </summary>
internal static class PublishedIdealPoints
{
    /// <summary>The published posterior means by (ISO3, session).</summary>
    public static Dictionary<(string Iso3, int Session), double> Read(string file = "IdealpointestimatesAll_Apr2020.csv.gz")
    {
        var path = TestPaths.Shared("voeten-bsv", file);
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.Latin1);
        var header = reader.ReadLine()!.Split(',');
        int iso = Array.IndexOf(header, "iso3c"), session = Array.IndexOf(header, "session"), value = Array.FindIndex(header, h => h.StartsWith("IdealPoint", StringComparison.Ordinal));
        var result = new Dictionary<(string, int), double>();
        while (reader.ReadLine() is { } line)
        {
            // Country names may hold quoted commas; the fields used come before them.
            var f = line.Split(',');
            if (f.Length > iso && f[iso].Length == 3 && double.TryParse(f[value], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                result[(f[iso], int.Parse(f[session], CultureInfo.InvariantCulture))] = v;
            }
        }

        return result;
    }

    /// <summary>A comparison: pooled correlation, per decade (1940 = sessions opening 1946–1949, …) and per session with its roll calls.</summary>
    internal sealed record Comparison(int Pairs, double Pooled, IReadOnlyDictionary<int, double> Decades, IReadOnlyList<(int Session, double R, int N, int RollCalls)> Sessions);

    /// <summary>Compares a fit by session (or by year, session = year − 1945) with the published estimates.</summary>
    public static Comparison Compare(IdealPointFit fit, Dictionary<(string Iso3, int Session), double> published, IReadOnlyDictionary<int, int> rollCallsPerPeriod)
    {
        var bySession = fit.Options.Period == IdealPointPeriod.Session;
        var pairs = new List<(int Session, double Ours, double Theirs)>();
        foreach (var p in fit.Points)
        {
            var session = bySession ? p.Period : p.Period - 1945;
            if (published.TryGetValue((p.State.Iso3, session), out var theirs))
            {
                pairs.Add((session, p.Estimate, theirs));
            }
        }

        double R(IEnumerable<(int Session, double Ours, double Theirs)> set)
        {
            var list = set.ToList();
            return Stats.Correlation(list.Select(x => x.Ours).ToArray(), list.Select(x => x.Theirs).ToArray());
        }

        var decades = pairs.GroupBy(x => (x.Session + 1945) / 10 * 10).OrderBy(g => g.Key).ToDictionary(g => g.Key, R);
        var sessions = pairs.GroupBy(x => x.Session).OrderBy(g => g.Key)
            .Select(g => (g.Key, R(g), g.Count(), rollCallsPerPeriod.GetValueOrDefault(bySession ? g.Key : g.Key + 1945))).ToList();
        return new Comparison(pairs.Count, R(pairs), decades, sessions);
    }
}
