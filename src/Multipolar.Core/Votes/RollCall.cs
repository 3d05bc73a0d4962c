using System.Collections.Immutable;

namespace Multipolar.Votes;

/// <summary>One recorded vote of a UN body on one question.</summary>
/// <remarks>
/// <para><see cref="Id"/> is the store's identity. For roll calls from Voeten's data (and the
/// <c>unvotes</c> package built on it) it is Voeten's <c>rcid</c>; roll calls from other sources
/// get identities above <see cref="RollCallId.FirstAssigned"/>.</para>
/// <para><see cref="Session"/> is the General Assembly session number (1 = 1946); emergency special
/// sessions keep their regular-session number where the source gives it, else null.</para>
/// </remarks>
public sealed record RollCall
{
    /// <summary>The store's identity of this roll call.</summary>
    public required RollCallId Id { get; init; }

    /// <summary>The body that voted.</summary>
    public Body Body { get; init; } = Body.GeneralAssembly;

    /// <summary>The regular session number (1 = 1946), when known.</summary>
    public int? Session { get; init; }

    /// <summary>Date of the vote. Some early dates in Voeten's data are approximate (e.g. 1946-01-01).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The resolution or document symbol (e.g. <c>A/RES/ES-11/1</c> or Voeten's <c>R/1/66</c>), if any.</summary>
    public string? Resolution { get; init; }

    /// <summary>A short title.</summary>
    public string? Title { get; init; }

    /// <summary>A longer description of what was voted.</summary>
    public string? Description { get; init; }

    /// <summary>True when the vote was on an amendment.</summary>
    public bool Amendment { get; init; }

    /// <summary>True when the vote was on a paragraph (a separate vote on part of a text).</summary>
    public bool Paragraph { get; init; }

    /// <summary>True when on the US State Department's list of important votes (not all years have one).</summary>
    public bool Important { get; init; }

    /// <summary>The issue areas (standard codes and user tags) of this roll call; may be empty.</summary>
    public ImmutableArray<IssueArea> Issues { get; init; } = [];

    /// <summary>
    /// True when every state that voted (yes, abstain or no) cast the same vote, over every state of the record;
    /// false when they differ; null when not known, in which case <see cref="VoteMatrix.IsUnanimous"/> decides
    /// from the votes of the matrix (all its states). The store sets it from all effective votes, so that a
    /// matrix of a few states still knows whether the Assembly was unanimous.
    /// </summary>
    public bool? Unanimous { get; init; }

    /// <summary>The calendar year of the vote.</summary>
    public int Year => Date.Year;

    /// <summary>True when this is a vote on a whole text (neither an amendment nor a paragraph vote).</summary>
    public bool IsFinalPassage => !Amendment && !Paragraph;
}
