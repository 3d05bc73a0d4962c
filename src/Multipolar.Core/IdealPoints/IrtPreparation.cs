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
    /// <param name="bridges">Pairs of roll calls that share parameters (null: none); pairs naming columns not selected are ignored.</param>
    /// <param name="bridgeSource">Where the bridges came from, for the report.</param>
    /// <param name="bridgeName">The list's name or the matcher's description, for the report.</param>
    public static IrtProblem Build(
        VoteMatrix votes, int[] columnPeriod, IdealPointOptions options, ImmutableArray<RollCallBridge>? bridges,
        IdealPointBridgeSource bridgeSource = IdealPointBridgeSource.None, string bridgeName = "")
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

        var (root, used) = Roots(votes, colPer, bridges);
        var problem = Assemble(votes, periods, colPer, keptCol, slotKept, root, droppedRc, droppedSt);
        if (bridges is { } list)
        {
            problem.Bridging = Report(problem, periods, colPer, bridgeSource, bridgeName, list.Length, used);
        }

        return problem;
    }

    /// <summary>Union–find over the selected columns by the bridges: the root column of each (itself when unbridged) and the pairs used.</summary>
    private static (int[] Root, int Used) Roots(VoteMatrix votes, int[] colPer, ImmutableArray<RollCallBridge>? bridges)
    {
        var root = new int[colPer.Length];
        for (var r = 0; r < root.Length; r++)
        {
            root[r] = r;
        }

        if (bridges is not { } list)
        {
            return (root, 0);
        }

        var column = new Dictionary<long, int>(colPer.Length);
        for (var r = 0; r < colPer.Length; r++)
        {
            if (colPer[r] >= 0)
            {
                column[votes.RollCalls[r].Id.Value] = r;
            }
        }

        int Find(int r)
        {
            while (root[r] != r)
            {
                root[r] = root[root[r]];
                r = root[r];
            }

            return r;
        }

        var used = 0;
        foreach (var pair in list)
        {
            if (column.TryGetValue(pair.First.Value, out var c0) && column.TryGetValue(pair.Second.Value, out var c1))
            {
                used++;
                int r0 = Find(c0), r1 = Find(c1);
                if (r0 != r1)
                {
                    root[Math.Max(r0, r1)] = Math.Min(r0, r1);
                }
            }
        }

        for (var r = 0; r < root.Length; r++)
        {
            root[r] = Find(r);
        }

        return (root, used);
    }

    /// <summary>Per period, kept and bridged roll calls (a kept roll call whose group spans more than one period).</summary>
    private static IdealPointBridging Report(
        IrtProblem problem, int[] periods, int[] colPer, IdealPointBridgeSource source, string name, int pairs, int used)
    {
        var kept = new int[periods.Length];
        var bridged = new int[periods.Length];
        var groupsAcross = 0;
        foreach (var columns in problem.GroupColumns)
        {
            var across = columns.Any(c => colPer[c] != colPer[columns[0]]);
            groupsAcross += across ? 1 : 0;
            foreach (var c in columns)
            {
                kept[colPer[c]]++;
                bridged[colPer[c]] += across ? 1 : 0;
            }
        }

        var rows = ImmutableArray.CreateBuilder<PeriodBridging>();
        for (var p = 0; p < periods.Length; p++)
        {
            if (kept[p] > 0)
            {
                rows.Add(new PeriodBridging(periods[p], kept[p], bridged[p], bridged[p] < IdealPointBridging.WeakThreshold));
            }
        }

        return new IdealPointBridging(source, name, pairs, used, groupsAcross, rows.ToImmutable());
    }

    private static IrtProblem Assemble(
        VoteMatrix votes, int[] periods, int[] colPer, bool[] keptCol, bool[] slotKept, int[] root,
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

        var groups = FormGroups(keptCol, root);
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

    /// <summary>Item groups in column order: kept columns with the same bridge root share a group; every other roll call is alone.</summary>
    private static List<List<int>> FormGroups(bool[] keptCol, int[] root)
    {
        var groups = new List<List<int>>();
        var byRoot = new Dictionary<int, List<int>>();
        for (var r = 0; r < keptCol.Length; r++)
        {
            if (!keptCol[r])
            {
                continue;
            }

            if (byRoot.TryGetValue(root[r], out var existing))
            {
                existing.Add(r);
                continue;
            }

            byRoot[root[r]] = existing = [r];
            groups.Add(existing);
        }

        return groups;
    }
}
