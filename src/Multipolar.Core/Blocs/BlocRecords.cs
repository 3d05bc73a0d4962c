using System.Collections.Immutable;
using Multipolar.Alignment;
using Multipolar.Countries;
using Multipolar.Votes;

namespace Multipolar.Blocs;

/// <summary>A bloc's cohesion in one period (<see cref="BlocAnalysis.Cohesion"/>).</summary>
/// <param name="Bloc">The bloc's code.</param>
/// <param name="Slice">The slice.</param>
/// <param name="Period">The year or session.</param>
/// <param name="AgreementIndex">Mean over roll calls of the Hix–Noury–Roland agreement index, in [0, 1]; NaN without roll calls.</param>
/// <param name="PairwiseAgreement">Mean over roll calls of the mean agreement of all pairs of voting members, in [0, 1].</param>
/// <param name="RollCalls">The N: roll calls with at least two voting members.</param>
/// <param name="Members">States that were members on some day of the period's roll calls.</param>
/// <param name="MeanVoting">Mean number of members casting yes, no or abstain per roll call.</param>
public readonly record struct BlocCohesion(string Bloc, Slice Slice, int Period, double AgreementIndex, double PairwiseAgreement, int RollCalls, int Members, double MeanVoting);

/// <summary>A distance between a bloc's centre and a state or another bloc's centre in one period, in [0, 1].</summary>
/// <param name="Bloc">The bloc's code.</param>
/// <param name="Other">The other side: a state's ISO3 or a bloc's code.</param>
/// <param name="Slice">The slice.</param>
/// <param name="Period">The year or session.</param>
/// <param name="Distance">Mean absolute difference of coded votes (yes 1, abstain ½, no 0) and centres; NaN without common roll calls.</param>
/// <param name="RollCalls">The N: roll calls where both sides voted.</param>
public readonly record struct BlocDistance(string Bloc, string Other, Slice Slice, int Period, double Distance, int RollCalls);

/// <summary>A roll call seen from one bloc (or two): the members' tallies, agreement index, centre and votes.</summary>
/// <param name="RollCall">The roll call.</param>
/// <param name="Period">Its period.</param>
/// <param name="Yes">Members voting yes.</param>
/// <param name="No">Members voting no.</param>
/// <param name="Abstain">Members abstaining.</param>
/// <param name="AgreementIndex">Hix–Noury–Roland AI of the members' votes.</param>
/// <param name="Centre">Mean coded vote of the voting members (yes 1, abstain ½, no 0).</param>
/// <param name="Votes">Every member on the date with its vote (<see cref="Vote.None"/> or <see cref="Vote.Absent"/> when it did not vote), by ISO3.</param>
public sealed record BlocRollCall(RollCall RollCall, int Period, int Yes, int No, int Abstain, double AgreementIndex, double Centre, ImmutableArray<(Country State, Vote Vote)> Votes);

/// <summary>A roll call that separates two blocs (<see cref="BlocAnalysis.SplitsBetween"/>).</summary>
/// <param name="RollCall">The roll call.</param>
/// <param name="Period">Its period.</param>
/// <param name="Separation">|centre A − centre B|, in [0, 1].</param>
/// <param name="First">The first bloc's view of the roll call.</param>
/// <param name="Second">The second bloc's view.</param>
public sealed record BlocSplit(RollCall RollCall, int Period, double Separation, BlocRollCall First, BlocRollCall Second);
