namespace Multipolar.Votes;

/// <summary>The UN organ that held a roll call. Analyses default to the General Assembly.</summary>
public enum Body : byte
{
    /// <summary>The General Assembly (plenary and, where a source records them, committees).</summary>
    GeneralAssembly = 0,

    /// <summary>The Security Council.</summary>
    SecurityCouncil = 1,
}
