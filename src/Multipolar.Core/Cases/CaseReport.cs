using System.Collections.Immutable;
using Multipolar.Charts;
using Multipolar.Power;
using Multipolar.Votes;

namespace Multipolar.Cases;

/// <summary>What a case study reads: the votes, the material figures, and where they come from.</summary>
/// <param name="Votes">General Assembly votes (all years the store holds).</param>
/// <param name="Power">Material figures (empty when none were ingested: the cases that need them say so).</param>
/// <param name="DataVersion">The vote data version.</param>
/// <param name="VoteCitations">Citations of the vote sources.</param>
public sealed record CaseInputs(VoteMatrix Votes, PowerData Power, string DataVersion, IReadOnlyList<string> VoteCitations)
{
    /// <summary>Static ideal-point fits per first year, computed once and shared by the cases that use them.</summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<int, IReadOnlyList<IdealPoints.IdealPointFit>> StaticFits { get; } = new();

    /// <summary>The voting-polarity series of every year from 1946 (<see cref="VotingPolarity"/>), computed once on first use and shared by the cases.</summary>
    internal Lazy<global::Multipolar.Polarity.PolarityResult> Polarity { get; } = new(() => VotingPolarity.Compute(Votes, 1946));

    /// <summary>The last year with any roll call.</summary>
    public int LastYear => Votes.RollCalls.IsEmpty ? 0 : Votes.RollCalls.Max(r => r.Year);
}

/// <summary>A table of a case (written as CSV): stable snake_case columns, cells already formatted (invariant culture).</summary>
/// <param name="Name">File stem (e.g. <c>agreement</c>).</param>
/// <param name="Columns">Column names.</param>
/// <param name="Rows">Rows, one cell per column.</param>
public sealed record CaseTable(string Name, ImmutableArray<string> Columns, ImmutableArray<ImmutableArray<string>> Rows);

/// <summary>A named chart of a case.</summary>
/// <param name="Name">File stem.</param>
/// <param name="Figure">The figure.</param>
public sealed record CaseFigure(string Name, Figure Figure);

/// <summary>
/// A case study's result: the question, the method and choices, charts, tables, the findings written from the
/// numbers, where they change under other measurement choices, what the data cannot answer, and citations.
/// </summary>
/// <param name="Key">Short name (<c>russia-china</c>).</param>
/// <param name="Title">Title.</param>
/// <param name="Question">The question from today's debate.</param>
/// <param name="Method">Measures and measurement choices used.</param>
/// <param name="Figures">Charts.</param>
/// <param name="Tables">Tables of numbers.</param>
/// <param name="Findings">Sentences written from the numbers by templates (<see cref="FindingText"/>).</param>
/// <param name="Flags">Where a finding changes under other measurement choices.</param>
/// <param name="Limits">What the data cannot answer (thin years, gaps, missing analyses).</param>
/// <param name="Citations">Every source used.</param>
public sealed record CaseReport(
    string Key,
    string Title,
    string Question,
    string Method,
    ImmutableArray<CaseFigure> Figures,
    ImmutableArray<CaseTable> Tables,
    ImmutableArray<string> Findings,
    ImmutableArray<string> Flags,
    ImmutableArray<string> Limits,
    ImmutableArray<string> Citations);

/// <summary>A case study: its key, title and how it is computed.</summary>
/// <param name="Key">Short name used on the command line.</param>
/// <param name="Title">Title.</param>
/// <param name="Run">Computes the report (pure).</param>
public sealed record CaseStudy(string Key, string Title, Func<CaseInputs, CaseReport> Run);
