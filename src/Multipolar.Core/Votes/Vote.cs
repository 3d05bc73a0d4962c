namespace Multipolar.Votes;

/// <summary>
/// A state's recorded position on one roll call. The numeric values are Erik Voeten's coding
/// (Voeten 2013, Dataverse hdl:1902.1/12379), the single vote encoding of the whole project:
/// 1 yes, 2 abstain, 3 no, 8 absent, 9 not a member.
/// </summary>
/// <remarks>
/// Only <see cref="Yes"/>, <see cref="Abstain"/> and <see cref="No"/> are cast votes; the alignment
/// measures treat <see cref="Absent"/> and <see cref="NonMember"/> as missing. <c>default</c>
/// (<see cref="None"/>) means "no record" and never appears in a stored vote.
/// </remarks>
public enum Vote : byte
{
    /// <summary>No record (the default value; not a vote).</summary>
    None = 0,

    /// <summary>Voted yes.</summary>
    Yes = 1,

    /// <summary>Abstained.</summary>
    Abstain = 2,

    /// <summary>Voted no.</summary>
    No = 3,

    /// <summary>A member that did not vote (UN Digital Library "X", "non-voting").</summary>
    Absent = 8,

    /// <summary>Not a member of the body at the time.</summary>
    NonMember = 9,
}
