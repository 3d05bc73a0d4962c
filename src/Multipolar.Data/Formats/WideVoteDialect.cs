namespace Multipolar.Data.Formats;

/// <summary>How the cells of a wide layout's state columns encode votes.</summary>
public enum WideVoteDialect
{
    /// <summary>Voeten's digits: 1 yes, 2 abstain, 3 no, 8 absent (stored), 9 not a member (skipped). Empty is an error.</summary>
    Voeten,

    /// <summary>UN Digital Library letters or words: Y/YES, N/NO, A/ABSTAIN, X/NON-VOTING (absent); blank = not a member (skipped).</summary>
    Undl,
}
