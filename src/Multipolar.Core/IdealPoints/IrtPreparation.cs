using System.Collections.Immutable;
using Multipolar.Votes;

namespace Multipolar.IdealPoints;

/// <summary>Builds an <see cref="IrtProblem"/>: filters lopsided roll calls and sparse states, forms bridged item groups.</summary>
internal static class IrtPreparation
{
    /// <summary>Category of a vote: 0 no, 1 abstain, 2 yes, −1 not cast.</summary>
    public static int Category(Vote v) => v switch
    {
        Vote.Yes => 2,
        Vote.Abstain => 1,
        Vote.No => 0,
        _ => -1,
    };

    /// <param name="votes">The matrix.</param>
    /// <param name="columnPeriod">Period of each roll-call column, or <see cref="int.MinValue"/> for a column not selected.</param>
    /// <param name="options">Validated options.</param>
    /// <param name="bridge">Whether to share parameters between same-title roll calls of different periods.</param>
    public static IrtProblem Build(VoteMatrix votes, int[] columnPeriod, IdealPointOptions options, bool bridge)
    {
        var nRows = votes.States.Length;
        var nCols = votes.RollCalls.Length;
        var periods = columnPeriod.Where(p => p != int.MinValue).Distinct().Order().ToArray();
        var nPer = periods.Length;
        var colPer = new int[nCols];
        var keptCol = new bool[nCols];
        for (var r = 0; r < nCols; r++)
        {
            colPer[r] = columnPeriod[r] == int.MinValue ? -1 : Array.BinarySearch(periods, columnPeriod[r]);
            keptCol[r] = colPer[r] >= 0;
        }

        var slotKept = new bool[nRows * nPer];
        Array.Fill(slotKept, true);
        var everCast = new bool[nRows * nPer];
        for (var s = 0; s < nRows; s++)
        {
            var row = votes.Row(s);
            for (var r = 0; r < nCols; r++)
            {
                if (keptCol[r] && Category(row[r]) >= 0)
                {
                    everCast[(s * nPer) + colPer[r]] = true;
                }
            }
        }

        var droppedRc = new List<DroppedRollCall>();
        var droppedSt = new List<DroppedState>();
        var colCounts = new int[nCols * 3];
        var slotCounts = new int[nRows * nPer];
        bool changed;
        do
        {
            changed = false;
            Array.Clear(colCounts);
            Array.Clear(slotCounts);
            for (var s = 0; s < nRows; s++)
            {
                var row = votes.Row(s);
                for (var r = 0; r < nCols; r++)
                {
                    var c = Category(row[r]);
                    if (!keptCol[r] || c < 0)
                    {
                        continue;
                    }

                    var slot = (s * nPer) + colPer[r];
                    if (slotKept[slot])
                    {
                        colCounts[(r * 3) + c]++;
                        slotCounts[slot]++;
                    }
                }
            }

            for (var r = 0; r < nCols; r++)
            {
                if (!keptCol[r])
                {
                    continue;
                }

                int n0 = colCounts[r * 3], n1 = colCounts[(r * 3) + 1], n2 = colCounts[(r * 3) + 2];
                var total = n0 + n1 + n2;
                var categories = (n0 > 0 ? 1 : 0) + (n1 > 0 ? 1 : 0) + (n2 > 0 ? 1 : 0);
                var minority = total == 0 ? double.NaN : 1.0 - ((double)Math.Max(n0, Math.Max(n1, n2)) / total);
                if (total == 0 || categories < 2 || minority < options.MinMinorityShare)
                {
                    keptCol[r] = false;
                    changed = true;
                    droppedRc.Add(new DroppedRollCall(votes.RollCalls[r].Id, total == 0 ? DropReason.NoVotes : DropReason.Lopsided, minority));
                }
            }

            for (var slot = 0; slot < slotKept.Length; slot++)
            {
                if (slotKept[slot] && slotCounts[slot] < options.MinVotes)
                {
                    slotKept[slot] = false;
                    changed = true;
                    if (everCast[slot])
                    {
                        droppedSt.Add(new DroppedState(votes.States[slot / nPer], periods[slot % nPer], DropReason.TooFewVotes, slotCounts[slot]));
                    }
                }
            }
        }
        while (changed);

        return Assemble(votes, periods, colPer, keptCol, slotKept, bridge, droppedRc, droppedSt);
    }

    private static IrtProblem Assemble(
        VoteMatrix votes, int[] periods, int[] colPer, bool[] keptCol, bool[] slotKept, bool bridge,
        List<DroppedRollCall> droppedRc, List<DroppedState> droppedSt)
    {
        var nRows = votes.States.Length;
        var nPer = periods.Length;

        // Slots ordered by row then period: each state's slots form a contiguous chain.
        var slotIndex = new int[slotKept.Length];
        var slotRow = new List<int>();
        var slotPeriod = new List<int>();
        var chainStart = new List<int> { 0 };
        for (var s = 0; s < nRows; s++)
        {
            var any = false;
            for (var p = 0; p < nPer; p++)
            {
                var key = (s * nPer) + p;
                slotIndex[key] = -1;
                if (slotKept[key])
                {
                    slotIndex[key] = slotRow.Count;
                    slotRow.Add(s);
                    slotPeriod.Add(periods[p]);
                    any = true;
                }
            }

            if (any)
            {
                chainStart.Add(slotRow.Count);
            }
        }

        var groups = FormGroups(votes, colPer, keptCol, bridge);
        var obsSlot = new List<int>();
        var obsGroup = new List<int>();
        var obsCat = new List<byte>();
        var obsCol = new List<int>();
        var groupStart = new int[groups.Count + 1];
        var groupOrdinal = new bool[groups.Count];
        Span<bool> present = stackalloc bool[3];
        for (var g = 0; g < groups.Count; g++)
        {
            groupStart[g] = obsSlot.Count;
            present.Clear();
            foreach (var r in groups[g])
            {
                for (var s = 0; s < nRows; s++)
                {
                    var c = Category(votes[s, r]);
                    var slot = c < 0 ? -1 : slotIndex[(s * nPer) + colPer[r]];
                    if (slot >= 0)
                    {
                        obsSlot.Add(slot);
                        obsGroup.Add(g);
                        obsCat.Add((byte)c);
                        obsCol.Add(r);
                        present[c] = true;
                    }
                }
            }

            groupOrdinal[g] = present[0] && present[1] && present[2];
            if (!groupOrdinal[g])
            {
                // Binary: the higher observed category is "upper" (2), the lower one "lower" (0).
                var upper = present[2] ? 2 : 1;
                for (var k = groupStart[g]; k < obsSlot.Count; k++)
                {
                    obsCat[k] = obsCat[k] == upper ? (byte)2 : (byte)0;
                }
            }
        }

        groupStart[groups.Count] = obsSlot.Count;
        var slotObsStart = new int[slotRow.Count + 1];
        foreach (var slot in obsSlot)
        {
            slotObsStart[slot + 1]++;
        }

        for (var s = 0; s < slotRow.Count; s++)
        {
            slotObsStart[s + 1] += slotObsStart[s];
        }

        var fill = slotObsStart[..^1];
        var slotObs = new int[obsSlot.Count];
        for (var k = 0; k < obsSlot.Count; k++)
        {
            slotObs[fill[obsSlot[k]]++] = k;
        }

        return new IrtProblem
        {
            GroupCount = groups.Count,
            GroupStart = groupStart,
            GroupOrdinal = groupOrdinal,
            GroupColumns = [.. groups.Select(g => g.ToArray())],
            ObsSlot = [.. obsSlot],
            ObsGroup = [.. obsGroup],
            ObsCategory = [.. obsCat],
            ObsColumn = [.. obsCol],
            SlotCount = slotRow.Count,
            SlotRow = [.. slotRow],
            SlotPeriod = [.. slotPeriod],
            SlotObsStart = slotObsStart,
            SlotObs = slotObs,
            ChainStart = [.. chainStart],
            Periods = [.. slotPeriod.Distinct().Order()],
            DroppedRollCalls = [.. droppedRc],
            DroppedStates = [.. droppedSt.OrderBy(d => d.State.Iso3, StringComparer.Ordinal).ThenBy(d => d.Period)],
            RollCallsUsed = keptCol.Count(k => k),
            Votes = votes,
        };
    }

    /// <summary>
    /// Item groups in column order. With bridging, kept final-passage roll calls whose normalised title occurs once in
    /// their period share a group with the same-title roll calls of other periods; every other roll call is alone.
    /// </summary>
    private static List<List<int>> FormGroups(VoteMatrix votes, int[] colPer, bool[] keptCol, bool bridge)
    {
        var keys = new string?[colPer.Length];
        if (bridge)
        {
            var perPeriod = new Dictionary<(string, int), int>();
            for (var r = 0; r < colPer.Length; r++)
            {
                var rc = votes.RollCalls[r];
                if (keptCol[r] && rc.IsFinalPassage)
                {
                    var key = IdealPointEstimator.NormalizeTitle(rc.Title ?? rc.Description);
                    if (key.Length > 0)
                    {
                        keys[r] = key;
                        perPeriod[(key, colPer[r])] = perPeriod.GetValueOrDefault((key, colPer[r])) + 1;
                    }
                }
            }

            for (var r = 0; r < colPer.Length; r++)
            {
                if (keys[r] is { } key && perPeriod[(key, colPer[r])] != 1)
                {
                    keys[r] = null;
                }
            }
        }

        var groups = new List<List<int>>();
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var r = 0; r < colPer.Length; r++)
        {
            if (!keptCol[r])
            {
                continue;
            }

            if (keys[r] is { } key)
            {
                if (byKey.TryGetValue(key, out var existing))
                {
                    existing.Add(r);
                    continue;
                }

                byKey[key] = existing = [r];
                groups.Add(existing);
            }
            else
            {
                groups.Add([r]);
            }
        }

        return groups;
    }
}
