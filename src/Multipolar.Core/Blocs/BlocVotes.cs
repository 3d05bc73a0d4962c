using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Multipolar.Alignment;
using Multipolar.Countries;
using Multipolar.Votes;

namespace Multipolar.Blocs;

/// <summary>
/// A bloc's votes on every roll call of a matrix: which matrix rows are members on the roll call's date, and the
/// members' yes, no and abstain counts. Built once per bloc and matrix; read by every bloc measure.
/// </summary>
internal sealed class BlocVotes
{
    private BlocVotes(Bloc bloc, VoteMatrix matrix, int[] rows, bool[] member, int[] yes, int[] no, int[] abstain)
    {
        Bloc = bloc;
        Matrix = matrix;
        Rows = rows;
        this.member = member;
        Yes = yes;
        No = no;
        Abstain = abstain;
        rowIndex = new int[matrix.States.Length];
        Array.Fill(rowIndex, -1);
        for (var k = 0; k < rows.Length; k++)
        {
            rowIndex[rows[k]] = k;
        }
    }

    private readonly bool[] member;

    /// <summary>Per matrix row: its index in <see cref="Rows"/>, or −1 (so <see cref="Centre"/> is O(1)).</summary>
    private readonly int[] rowIndex;

    /// <summary>One <see cref="BlocVotes"/> per matrix and bloc, built once and shared (both are immutable).</summary>
    private static readonly ConditionalWeakTable<VoteMatrix, ConcurrentDictionary<Bloc, BlocVotes>> Cache = new();

    public Bloc Bloc { get; }

    public VoteMatrix Matrix { get; }

    /// <summary>Matrix rows of the states that were ever members (and are in the matrix).</summary>
    public int[] Rows { get; }

    public int[] Yes { get; }

    public int[] No { get; }

    public int[] Abstain { get; }

    /// <summary>True when member <paramref name="k"/> (index into <see cref="Rows"/>) is a member on column <paramref name="column"/>'s date.</summary>
    public bool IsMember(int k, int column) => member[(k * Matrix.RollCalls.Length) + column];

    /// <summary>Members voting yes, no or abstain on a column.</summary>
    public int Voting(int column) => Yes[column] + No[column] + Abstain[column];

    /// <summary>The coded vote (yes 1, abstain ½, no 0) or NaN when not cast.</summary>
    public static double Code(Vote v) => v switch
    {
        Vote.Yes => 1,
        Vote.Abstain => 0.5,
        Vote.No => 0,
        _ => double.NaN,
    };

    /// <summary>The centre of the voting members on a column, leaving out matrix row <paramref name="exceptRow"/> (−1: none); NaN when none votes.</summary>
    public double Centre(int column, int exceptRow = -1)
    {
        double sum = Yes[column] + (0.5 * Abstain[column]);
        var n = Voting(column);
        if (exceptRow >= 0)
        {
            var k = rowIndex[exceptRow];
            if (k >= 0 && IsMember(k, column))
            {
                var c = Code(Matrix[exceptRow, column]);
                if (!double.IsNaN(c))
                {
                    sum -= c;
                    n--;
                }
            }
        }

        return n == 0 ? double.NaN : sum / n;
    }

    /// <summary>The bloc's votes on <paramref name="matrix"/>, built on first use and reused by every analysis of the same matrix.</summary>
    public static BlocVotes For(VoteMatrix matrix, Bloc bloc) =>
        Cache.GetValue(matrix, _ => new ConcurrentDictionary<Bloc, BlocVotes>(ReferenceEqualityComparer.Instance))
            .GetOrAdd(bloc, b => Build(matrix, b));

    public static BlocVotes Build(VoteMatrix matrix, Bloc bloc)
    {
        var rows = bloc.States.Select(matrix.IndexOf).Where(r => r >= 0).ToArray();
        var columns = matrix.RollCalls.Length;
        var member = new bool[rows.Length * columns];
        int[] yes = new int[columns], no = new int[columns], abstain = new int[columns];
        for (var k = 0; k < rows.Length; k++)
        {
            var state = matrix.States[rows[k]];
            var spells = bloc.Memberships.Where(m => ReferenceEquals(m.State, state)).ToArray();
            var row = matrix.Row(rows[k]);
            for (var c = 0; c < columns; c++)
            {
                var date = matrix.RollCalls[c].Date;
                var on = false;
                foreach (var s in spells)
                {
                    on |= s.IsOn(date);
                }

                member[(k * columns) + c] = on;
                if (!on)
                {
                    continue;
                }

                switch (row[c])
                {
                    case Vote.Yes: yes[c]++; break;
                    case Vote.No: no[c]++; break;
                    case Vote.Abstain: abstain[c]++; break;
                    default: break;
                }
            }
        }

        return new BlocVotes(bloc, matrix, rows, member, yes, no, abstain);
    }

    /// <summary>The matrix columns of each reported period (slice, roll-call set and window applied), periods ascending.</summary>
    public static (int[] Periods, int[][] Columns) Cells(VoteMatrix matrix, Slice slice, AlignmentOptions options, int? from, int? to)
    {
        var plan = AlignmentPlan.Build(matrix, [slice], options, from, to);
        return (plan.Periods, plan.Columns);
    }

    /// <summary>Members of the bloc on some roll call among <paramref name="columns"/>.</summary>
    public int MembersOn(int[] columns)
    {
        var count = 0;
        for (var k = 0; k < Rows.Length; k++)
        {
            foreach (var c in columns)
            {
                if (IsMember(k, c))
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }

    /// <summary>The members on a column's date with their votes, by ISO3.</summary>
    public IEnumerable<(Country State, Vote Vote)> MemberVotes(int column)
    {
        for (var k = 0; k < Rows.Length; k++)
        {
            if (IsMember(k, column))
            {
                yield return (Matrix.States[Rows[k]], Matrix[Rows[k], column]);
            }
        }
    }
}
