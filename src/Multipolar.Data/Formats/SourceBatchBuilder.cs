using Multipolar.Countries;
using Multipolar.Votes;

namespace Multipolar.Data.Formats;

/// <summary>
/// Collects what the readers of one ingest find, then validates it as a whole (<see cref="Build"/>):
/// every vote's roll call known, no state voting twice on a roll call with different votes, the China
/// seat attributed to its holder on the day.
/// </summary>
/// <remarks>Not thread-safe: one builder per ingest, filled by one reader at a time.</remarks>
public sealed class SourceBatchBuilder
{
    private readonly List<SourceFile> files = [];
    private readonly List<SourceRollCall> rollCalls = [];
    private readonly Dictionary<string, int> rollCallByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<IssueArea>> issues = [];
    private readonly List<SourceVote> votes = [];
    private readonly Dictionary<string, long> skipped = new(StringComparer.Ordinal);
    private readonly List<SourceQuirk> quirks = [];
    private readonly List<SourceResolution> resolutions = [];

    /// <summary>Creates a builder resolving states against <paramref name="reference"/>.</summary>
    public SourceBatchBuilder(CountryReference reference) => Reference = reference;

    /// <summary>The country reference.</summary>
    public CountryReference Reference { get; }

    /// <summary>The files registered so far.</summary>
    public IReadOnlyList<SourceFile> Files => files;

    /// <summary>Registers a file about to be read; returns its index.</summary>
    public int AddFile(SourceFile file)
    {
        files.Add(file);
        return files.Count - 1;
    }

    /// <summary>Sets the number of data rows read from a file.</summary>
    public void SetRows(int file, long rows) => files[file] = files[file] with { Rows = rows };

    /// <summary>
    /// Adds the description of a roll call. A key already described is an error (the same roll call twice
    /// in a roll-call file), unless <paramref name="allowRepeat"/> (layouts with a row per vote repeat it).
    /// </summary>
    /// <returns>The roll call's index in the batch.</returns>
    public int Describe(string key, long? voetenRcid, RollCall rollCall, int file, long line, bool allowRepeat = false)
    {
        if (rollCallByKey.TryGetValue(key, out var index))
        {
            var existing = rollCalls[index];
            if (existing.DescribedBySource)
            {
                if (allowRepeat)
                {
                    return index;
                }

                throw new IngestException(files[file].Path, line, null, key, $"roll call {key} is described twice (first at line {existing.Line} of {files[existing.File].Path}).");
            }

            rollCalls[index] = new SourceRollCall(key, voetenRcid, rollCall, file, line, true);
            return index;
        }

        rollCalls.Add(new SourceRollCall(key, voetenRcid, rollCall, file, line, true));
        rollCallByKey[key] = rollCalls.Count - 1;
        return rollCalls.Count - 1;
    }

    /// <summary>
    /// The index of the roll call with this key; when the batch has not described it, a reference-only
    /// entry that the store must resolve by Voeten's rcid.
    /// </summary>
    public int Refer(string key, long voetenRcid, int file, long line)
    {
        if (rollCallByKey.TryGetValue(key, out var index))
        {
            return index;
        }

        var placeholder = new RollCall { Id = new RollCallId(voetenRcid), Date = DateOnly.MinValue };
        rollCalls.Add(new SourceRollCall(key, voetenRcid, placeholder, file, line, false));
        rollCallByKey[key] = rollCalls.Count - 1;
        return rollCalls.Count - 1;
    }

    /// <summary>Adds an issue area to a roll call of the batch.</summary>
    public void AddIssue(int rollCall, IssueArea issue)
    {
        if (!issues.TryGetValue(rollCall, out var list))
        {
            issues[rollCall] = list = [];
        }

        if (!list.Contains(issue))
        {
            list.Add(issue);
        }
    }

    /// <summary>Adds a vote.</summary>
    public void AddVote(int rollCall, Country state, Vote vote, int file, long line) =>
        votes.Add(new SourceVote(rollCall, (short)state.Index, vote, (short)file, checked((int)line)));

    /// <summary>Counts rows skipped for a reason.</summary>
    public void Skip(string reason, long count = 1) =>
        skipped[reason] = skipped.GetValueOrDefault(reason) + count;

    /// <summary>Reports a source quirk handled by a documented rule.</summary>
    public void Report(SourceQuirk quirk) => quirks.Add(quirk);

    /// <summary>Adds an adopted resolution (voted or not) of a source that records them all.</summary>
    public void AddResolution(SourceResolution resolution) => resolutions.Add(resolution);

    /// <summary>Validates and returns the batch.</summary>
    /// <exception cref="IngestException">Two rows give different votes of one state on one roll call.</exception>
    public SourceBatch Build()
    {
        // Issues onto their roll calls.
        foreach (var (index, list) in issues)
        {
            var rc = rollCalls[index];
            rollCalls[index] = rc with { RollCall = rc.RollCall with { Issues = [.. rc.RollCall.Issues.Union(list)] } };
        }

        // The China seat: a vote recorded for CHN before 25 October 1971 is the Republic of China's.
        var china = Reference.China.Index;
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(votes);
        for (var i = 0; i < span.Length; i++)
        {
            ref var v = ref span[i];
            var rc = rollCalls[v.RollCall];
            if (v.State == china && rc.DescribedBySource && rc.RollCall.Date < CountryReference.ChinaSeatTransfer)
            {
                v = v with { State = (short)Reference.RepublicOfChina.Index };
            }
        }

        // One vote per roll call and state: a repeat of the same vote is skipped, a different vote is an error.
        var states = Reference.Countries.Length;
        var first = new int[rollCalls.Count * states];
        var kept = new List<SourceVote>(votes.Count);
        long repeats = 0;
        for (var i = 0; i < span.Length; i++)
        {
            var v = span[i];
            var cell = (v.RollCall * states) + v.State;
            var seen = first[cell];
            if (seen == 0)
            {
                first[cell] = i + 1;
                kept.Add(v);
                continue;
            }

            var earlier = span[seen - 1];
            if (earlier.Vote == v.Vote)
            {
                repeats++;
                continue;
            }

            var country = Reference.Countries[v.State];
            throw new IngestException(
                files[v.File].Path,
                v.Line,
                "vote",
                v.Vote.ToWord(),
                $"conflicting duplicate: {country.Name} ({country.Iso3}) already voted '{earlier.Vote.ToWord()}' on roll call {rollCalls[v.RollCall].Key} at line {earlier.Line} of {files[earlier.File].Path}.");
        }

        if (repeats > 0)
        {
            Skip("repeated row (same state, roll call and vote)", repeats);
        }

        return new SourceBatch(
            files.ToArray(),
            rollCalls.ToArray(),
            kept.ToArray(),
            skipped.Select(kv => new SkippedRows(kv.Key, kv.Value)).ToArray(),
            Reference,
            quirks.ToArray(),
            resolutions.ToArray());
    }
}
