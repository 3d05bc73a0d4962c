using System.Globalization;
using Multipolar.Votes;

namespace Multipolar.Data.Reconciliation;

/// <summary>A roll call with the issue areas one source codes for it, as <see cref="DuplicatedIssueRule"/> reads it.</summary>
/// <param name="Key">The caller's key for the roll call (e.g. its index in the batch).</param>
/// <param name="Year">Calendar year of its date.</param>
/// <param name="Issues">The issue areas the source codes.</param>
/// <param name="Text">Its symbol, title and description (null when it has none).</param>
public sealed record CodedRollCall(int Key, int Year, IReadOnlyList<IssueArea> Issues, string? Text);

/// <summary>One issue area of a <see cref="IssueCodeDefect"/> and on how many of its roll calls the texts give it.</summary>
/// <param name="Issue">The issue area.</param>
/// <param name="Supported">Roll calls of the set whose texts <see cref="IssueClassifier"/> gives this area.</param>
public readonly record struct IssueSupport(IssueArea Issue, int Supported);

/// <summary>
/// A source defect found by <see cref="DuplicatedIssueRule"/>: issue areas that one source codes on exactly
/// the same roll calls of a calendar year (docs/sources.md, "Known source defects").
/// </summary>
/// <param name="Source">The file that codes the issues.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="RollCalls">Roll calls in the shared set.</param>
/// <param name="Untitled">Roll calls of the set without a title or other text (all of them for voeten-wide).</param>
/// <param name="Areas">The duplicated areas in code order, each with its support from the roll calls' texts.</param>
public sealed record IssueCodeDefect(string Source, int Year, int RollCalls, int Untitled, IReadOnlyList<IssueSupport> Areas)
{
    /// <summary>The areas kept: those the texts give for more than half of the roll calls.</summary>
    public IEnumerable<IssueArea> Kept => Areas.Where(a => DuplicatedIssueRule.IsSupported(a.Supported, RollCalls)).Select(a => a.Issue);

    /// <summary>The areas dropped from the set's roll calls.</summary>
    public IEnumerable<IssueArea> Dropped => Areas.Where(a => !DuplicatedIssueRule.IsSupported(a.Supported, RollCalls)).Select(a => a.Issue);

    /// <summary>
    /// Dropped areas the set's roll calls got back (inferred) because the titles other sources gave them later support
    /// the area by the same test (<see cref="DuplicatedIssueRule.IsSupported"/>); empty when none.
    /// </summary>
    public IReadOnlyList<IssueArea> Restored { get; init; } = [];

    /// <summary>One line: the file, year, areas, roll calls, the titles' support and what was done.</summary>
    public string Describe()
    {
        var inv = CultureInfo.InvariantCulture;
        var support = Untitled == RollCalls
            ? "the source has no titles to tell them apart"
            : "titles give " + string.Join(", ", Areas.Select(a => string.Create(inv, $"{a.Issue.Code} {a.Supported}/{RollCalls}"))) +
              (Untitled > 0 ? string.Create(inv, $" ({Untitled} without a title)") : "");
        var restored = Restored.Count > 0 ? $"; {List(Restored)} restored from the titles of other sources" : "";
        return string.Create(inv,
            $"{Source}, {Year}: {string.Join(", ", Areas.Select(a => a.Issue.Code))} coded on the same {RollCalls} roll calls; " +
            $"{support}; kept {List(Kept)}, dropped {List(Dropped)} on those roll calls{restored}");

        static string List(IEnumerable<IssueArea> areas) => areas.Any() ? string.Join(", ", areas.Select(a => a.Code)) : "none";
    }
}

/// <summary>
/// A source defect rule for issue codes (docs/sources.md, "Known source defects"). When, in one calendar
/// year, two or more issue areas of one source hold exactly the same roll calls, at least
/// <see cref="MinimumRollCalls"/> of them, the codes were copied from one another and cannot be told apart
/// from the codes alone (the unvotes file and voeten-wide give <c>co</c>, <c>di</c> and <c>ec</c> the same 16
/// disarmament votes of 2019). Each such area is kept on those roll calls only when the roll calls' own texts
/// support it: <see cref="IssueClassifier"/> gives it for more than half of them; otherwise it is dropped
/// there. A source without titles supports none, so all its duplicated areas are dropped. Sets that differ,
/// as in a corrected release, are never touched.
/// </summary>
/// <remarks>
/// The size threshold leaves alone the few small sets that are legitimately coded twice (the one to three
/// nuclear disarmament votes of 1958, 1966 and 1967 coded both <c>nu</c> and <c>di</c>); such sets would be
/// kept anyway, as their titles give both areas.
/// </remarks>
public static class DuplicatedIssueRule
{
    /// <summary>Fewest roll calls in a shared set for it to be a defect.</summary>
    public const int MinimumRollCalls = 5;

    /// <summary>True when texts giving an area for <paramref name="supported"/> of <paramref name="rollCalls"/> roll calls support keeping it (a strict majority).</summary>
    public static bool IsSupported(int supported, int rollCalls) => supported * 2 > rollCalls;

    /// <summary>Applies the rule to the roll calls one source codes.</summary>
    /// <param name="source">The file that codes the issues (named in the defects).</param>
    /// <param name="rollCalls">The source's roll calls with their issue codes.</param>
    /// <returns>The defects found, by year, and the (roll call key, area) codes to drop.</returns>
    public static (IReadOnlyList<IssueCodeDefect> Defects, IReadOnlySet<(int Key, IssueArea Issue)> Dropped) Apply(string source, IEnumerable<CodedRollCall> rollCalls)
    {
        var defects = new List<IssueCodeDefect>();
        var dropped = new HashSet<(int, IssueArea)>();
        foreach (var year in rollCalls.GroupBy(r => r.Year).OrderBy(g => g.Key))
        {
            // Each area's roll calls, then the areas sharing one set.
            var sets = year.SelectMany(r => r.Issues.Select(i => (Issue: i, r.Key))).GroupBy(x => x.Issue)
                .Select(g => (Issue: g.Key, Keys: g.Select(x => x.Key).Distinct().Order().ToArray()));
            foreach (var shared in sets.GroupBy(s => string.Join(',', s.Keys)).Where(g => g.Count() > 1 && g.First().Keys.Length >= MinimumRollCalls))
            {
                var keys = shared.First().Keys.ToHashSet();
                var members = year.Where(r => keys.Contains(r.Key)).ToArray();
                var inferred = members.Select(r => IssueClassifier.Classify(r.Text)).ToArray();
                var areas = shared.Select(s => s.Issue).OrderBy(i => i.Code, StringComparer.Ordinal)
                    .Select(i => new IssueSupport(i, inferred.Count(c => c.Contains(i)))).ToArray();
                var defect = new IssueCodeDefect(source, year.Key, keys.Count, members.Count(r => string.IsNullOrWhiteSpace(r.Text)), areas);
                defects.Add(defect);
                foreach (var issue in defect.Dropped)
                {
                    dropped.UnionWith(keys.Select(k => (k, issue)));
                }
            }
        }

        return (defects, dropped);
    }
}
