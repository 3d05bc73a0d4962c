using System.Globalization;
using Multipolar.Countries;
using Multipolar.Data.Store;

namespace Multipolar.Bench.Store;

/// <summary>
/// <c>Multipolar.Bench source-overlap</c>: the agreement of the UN's resolution record (unxml) with each other
/// shared source where they overlap, measured by the real reconciliation (<see cref="SourceOverlap"/>); prints
/// the table of docs/sources.md, "Agreement on the overlaps".
/// </summary>
internal static class SourceOverlapRun
{
    public static void Run()
    {
        static string S(params string[] parts) => Path.GetFullPath(Path.Combine([BenchPaths.SharedData, .. parts]));
        static string[] Unxml(params string[] names) => [.. names.Select(n => S("unxml", n + ".json.gz"))];
        var pairs = new (string Name, string[] First, string[] Second)[]
        {
            ("unvotes (2019)", [S("unvotes")], Unxml("74")),
            ("voeten-wide (2019 – June 2024)", [S("voeten-wide")], Unxml("74", "75", "76", "77", "78", "ES-10", "ES-11")),
            ("undl 1946–2021 scrape (2019–2021)", [S("undl", "UN_DATA_wide_1946_2021.csv.gz")], Unxml("74", "75", "76")),
            ("undl 2025 scrape (2025)", [S("undl", "un_votes_2025_processed_wide.csv.gz")], Unxml("79", "80")),
        };
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine("| Other source (overlap) | its roll calls in unxml's dates | unxml roll calls in its dates | matched | equal records | cast vs cast | absent vs cast | agreement | cast agreement |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, first, second) in pairs)
        {
            var db = Path.Combine(Path.GetTempPath(), $"overlap-{Guid.NewGuid():N}.duckdb");
            try
            {
                var o = SourceOverlap.Measure(db, first, second, CountryReference.Default);
                Console.WriteLine(string.Create(inv, $"| {name} | {o.StoredRollCalls} | {o.IncomingRollCalls} | {o.Matched} | {o.SameVotes:N0} | {o.CastConflicts} | {o.AbsenceConflicts} | {o.Agreement:0.0000} | {o.CastAgreement:0.0000} |"));
            }
            finally
            {
                File.Delete(db);
            }
        }
    }
}
