using System.Collections.Immutable;
using Multipolar.IdealPoints;
using Multipolar.Votes;

namespace Multipolar.Data.Formats;

/// <summary>
/// Reads a list of bridged roll calls for the dynamic ideal-point model: a CSV with columns <c>rcid1</c> and
/// <c>rcid2</c> (Voeten's roll-call ids, which are the store's ids of unvotes roll calls), one pair a line, as in
/// Bailey, Strezhnev and Voeten's <c>Matches.csv</c> (columns <c>v1, rcid1, rcid2</c>; 955 pairs, sessions 1–74). The
/// list is the user's file: it is not shipped with Multipolar.
/// </summary>
public static class BridgeListReader
{
    /// <summary>Reads the pairs; the list's name is the file name.</summary>
    /// <exception cref="IngestException">The file cannot be read, lacks a column, or a field is not a whole number (file, line and value named).</exception>
    public static RollCallBridgeList Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new IngestException(path, 0, null, null, "no such file.");
        }

        using var csv = CsvSource.Open(path);
        int first = csv.Column("rcid1"), second = csv.Column("rcid2");
        var pairs = ImmutableArray.CreateBuilder<RollCallBridge>();
        foreach (var row in csv.Reader)
        {
            csv.RequireFields(row, Math.Max(first, second) + 1);
            pairs.Add(new RollCallBridge(new RollCallId(csv.Long(row, first)), new RollCallId(csv.Long(row, second))));
        }

        return new RollCallBridgeList($"{Path.GetFileName(path)} ({pairs.Count} pairs)", pairs.ToImmutable());
    }
}
