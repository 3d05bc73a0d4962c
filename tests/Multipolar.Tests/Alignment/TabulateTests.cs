using System.Collections.Immutable;
using FsCheck.Xunit;
using Multipolar.Alignment;
using Multipolar.Votes;

namespace Multipolar.Tests.Alignment;

/// <summary>
/// <see cref="AlignmentEngine.Tabulate"/>: its tables are the joint votes counted from the matrix directly, and every
/// measure evaluated from them equals <see cref="AlignmentEngine.Compute"/>'s value exactly (what <c>precompute</c>
/// stores and <c>align</c> reads back).
/// </summary>
public class TabulateTests
{
    private static readonly ImmutableArray<Slice> Slices =
        [Slice.All, Slice.Of(IssueArea.HumanRights), Slice.Important, Slice.Of(IssueArea.MiddleEast).AndImportant()];

    [Property(MaxTest = 100)]
    public void Tabulate_RandomMatrixAndOptions_EveryMeasureEqualsCompute(int seed)
    {
        // Given a random matrix and random options
        var matrix = AlignmentFixtures.Random(seed);
        var options = AlignmentFixtures.RandomOptions(seed ^ 0x7ab1e);
        var query = new AlignmentQuery { Slices = Slices, Options = options };

        // When
        var tables = AlignmentEngine.Tabulate(matrix, query);
        var result = AlignmentEngine.Compute(matrix, query);

        // Then: the same cells, and every measure from each table is the engine's value, bit for bit
        Assert.Equal(result.Periods.AsEnumerable(), tables.Periods.AsEnumerable());
        Assert.Equal(result.Dyads.AsEnumerable(), tables.Dyads.AsEnumerable());
        for (var s = 0; s < Slices.Length; s++)
        {
            for (var p = 0; p < tables.Periods.Length; p++)
            {
                for (var d = 0; d < tables.Dyads.Length; d++)
                {
                    foreach (var measure in MeasureRegistry.Measures)
                    {
                        var expected = result[measure, Slices[s], tables.Periods[p], tables.Dyads[d]];
                        var actual = MeasureFormulas.Evaluate(measure, tables[s, p, d], options);
                        Assert.Equal(expected.N, actual.N);
                        Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Value), BitConverter.DoubleToInt64Bits(actual.Value));
                    }
                }
            }
        }
    }

    [Property(MaxTest = 60)]
    public void Tabulate_AllVotesByYear_EqualsCountsFromTheMatrix(int seed)
    {
        // Given a random matrix
        var matrix = AlignmentFixtures.Random(seed);

        // When its tables by year over all votes are computed
        var tables = AlignmentEngine.Tabulate(matrix, new AlignmentQuery { Slices = [Slice.All] });

        // Then each is the two states' joint votes of that year, counted one roll call at a time (rows: A's votes)
        for (var p = 0; p < tables.Periods.Length; p++)
        {
            var columns = Enumerable.Range(0, matrix.RollCalls.Length).Where(r => matrix.RollCalls[r].Date.Year == tables.Periods[p]).ToArray();
            for (var d = 0; d < tables.Dyads.Length; d++)
            {
                int a = matrix.IndexOf(tables.Dyads[d].A), b = matrix.IndexOf(tables.Dyads[d].B);
                var expected = ContingencyTable.Tabulate([.. columns.Select(c => matrix[a, c])], [.. columns.Select(c => matrix[b, c])]);
                Assert.Equal(expected, tables[0, p, d]);
            }
        }
    }
}
