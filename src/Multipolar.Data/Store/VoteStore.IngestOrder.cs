using Multipolar.Data.Formats;

namespace Multipolar.Data.Store;

public sealed partial class VoteStore
{
    /// <summary>
    /// The fresh files in the order they are reconciled: a source is one file, except the unvotes files,
    /// which are one source, and the UN resolution record's files (one per session), which are one source. Research data first (their rcids become the roll calls' ids), then the
    /// derived matrix, the official record, the scrapes.
    /// </summary>
    private static List<HashSet<int>> Groups(SourceBatch batch, bool[] fresh)
    {
        var unvotes = new HashSet<int>();
        var record = new HashSet<int>();
        var others = new List<(int Rank, int File)>();
        for (var i = 0; i < batch.Files.Count; i++)
        {
            if (!fresh[i])
            {
                continue;
            }

            switch (batch.Files[i].Format)
            {
                case SourceFormat.UnvotesRollCalls or SourceFormat.UnvotesIssues or SourceFormat.UnvotesVotes:
                    unvotes.Add(i);
                    break;
                case SourceFormat.UnxmlResolutions:
                    record.Add(i);
                    break;
                case var f:
                    others.Add((f switch { SourceFormat.VoetenLong => 0, SourceFormat.VoetenWide => 1, SourceFormat.UndlBulk or SourceFormat.UnxmlResolutions => 2, _ => 3 }, i));
                    break;
            }
        }

        var groups = new List<HashSet<int>>();
        if (unvotes.Count > 0)
        {
            groups.Add(unvotes);
        }

        var ordered = others.OrderBy(o => o.Rank).ThenBy(o => o.File).Select(o => (o.Rank, Files: new HashSet<int> { o.File })).ToList();
        if (record.Count > 0)
        {
            // The resolution record's files (one per session) are one source, reconciled with the official record.
            ordered.Insert(ordered.Count(o => o.Rank <= 2), (2, record));
        }

        groups.AddRange(ordered.Select(o => o.Files));
        return groups;
    }
}
