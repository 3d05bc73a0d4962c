namespace Multipolar.Web.Api;

/// <summary>A bloc of the bloc table with its members on a date (the CLI's <c>blocs</c>).</summary>
public sealed record BlocRow(string Bloc, string Name, string Founded, int Members, int EverMembers, string AsOf, string Source) : ICsvRow
{
    /// <inheritdoc />
    public static string CsvHeader => "bloc,name,founded,members,ever_members,as_of,source";

    /// <inheritdoc />
    public void WriteCsv(CsvLine line) => line.Add(Bloc).Add(Name).Add(Founded).Add(Members).Add(EverMembers).Add(AsOf).Add(Source);
}

/// <summary>One membership spell of a state in a bloc (the CLI's <c>blocs BLOC</c>).</summary>
public sealed record MembershipRow(string Bloc, string Iso3, string Country, string From, string? Until, string? Note) : ICsvRow
{
    /// <inheritdoc />
    public static string CsvHeader => "bloc,iso3,country,from,until,note";

    /// <inheritdoc />
    public void WriteCsv(CsvLine line) => line.Add(Bloc).Add(Iso3).Add(Country).Add(From).Add(Until).Add(Note);
}

/// <summary>A bloc's cohesion in one period: agreement index and pairwise agreement, N = roll calls with two or more voting members.</summary>
public sealed record CohesionRow(string Bloc, string PeriodKind, int Period, string Slice, double? AgreementIndex, double? PairwiseAgreement, int N, int Members, double? MeanVoting) : ICsvRow
{
    /// <inheritdoc />
    public static string CsvHeader => "bloc,period_kind,period,slice,agreement_index,pairwise_agreement,n,members,mean_voting";

    /// <inheritdoc />
    public void WriteCsv(CsvLine line) => line.Add(Bloc).Add(PeriodKind).Add(Period).Add(Slice).Add(AgreementIndex).Add(PairwiseAgreement).Add(N).Add(Members).Add(MeanVoting);
}

/// <summary>A bloc centre's distance to a pole, another bloc or a member in one period; N = roll calls.</summary>
public sealed record BlocDistanceRow(string Bloc, string Other, string Kind, string PeriodKind, int Period, string Slice, double? Distance, int N) : ICsvRow
{
    /// <inheritdoc />
    public static string CsvHeader => "bloc,other,kind,period_kind,period,slice,distance,n";

    /// <inheritdoc />
    public void WriteCsv(CsvLine line) => line.Add(Bloc).Add(Other).Add(Kind).Add(PeriodKind).Add(Period).Add(Slice).Add(Distance).Add(N);
}

/// <summary>A roll call dividing a bloc (agreement index) or separating two blocs (|Δ centre|), with the members' votes; N = members voting.</summary>
public sealed record SplitRow(
    string Bloc, string? Other, long Rollcall, string Date, int Period, string? Resolution, string? Title, double? AgreementIndex, int Yes, int No, int Abstain,
    double? Separation, double? Centre, double? OtherCentre, string Votes, string? OtherVotes, int N) : ICsvRow
{
    /// <inheritdoc />
    public static string CsvHeader => "bloc,other,rollcall,date,period,resolution,title,agreement_index,yes,no,abstain,separation,centre,other_centre,votes,other_votes,n";

    /// <inheritdoc />
    public void WriteCsv(CsvLine line) => line.Add(Bloc).Add(Other).Add(Rollcall).Add(Date).Add(Period).Add(Resolution).Add(Title).Add(AgreementIndex).Add(Yes).Add(No)
        .Add(Abstain).Add(Separation).Add(Centre).Add(OtherCentre).Add(Votes).Add(OtherVotes).Add(N);
}

/// <summary>A state's alignment with one pole in one period and slice, its nearest pole and net alignment (the CLI's <c>profile</c>).</summary>
public sealed record ProfileApiRow(string Iso3, string PeriodKind, int Period, string Slice, string Pole, string Measure, double? Value, int N, string? NearestPole, double? Net, int NetN) : ICsvRow
{
    /// <inheritdoc />
    public static string CsvHeader => "iso3,period_kind,period,slice,pole,measure,value,n,nearest_pole,net,net_n";

    /// <inheritdoc />
    public void WriteCsv(CsvLine line) => line.Add(Iso3).Add(PeriodKind).Add(Period).Add(Slice).Add(Pole).Add(Measure).Add(Value).Add(N).Add(NearestPole).Add(Net).Add(NetN);
}

/// <summary>The contests of one period and slice (roll calls where the two sides voted differently) and who prevailed; N = contests.</summary>
public sealed record ContestRow(string PeriodKind, int Period, string Slice, string Contest, int RollCalls, int Contests, int FirstPrevailed, int SecondPrevailed, int Neither, double? ShareFirstPrevailed) : ICsvRow
{
    /// <inheritdoc />
    public static string CsvHeader => "period_kind,period,slice,contest,roll_calls,contests,first_prevailed,second_prevailed,neither,share_first_prevailed";

    /// <inheritdoc />
    public void WriteCsv(CsvLine line) => line.Add(PeriodKind).Add(Period).Add(Slice).Add(Contest).Add(RollCalls).Add(Contests).Add(FirstPrevailed).Add(SecondPrevailed).Add(Neither).Add(ShareFirstPrevailed);
}

/// <summary>A state's votes on the contests of a slice: with each side, the shares and the swing; N = contests it voted on.</summary>
public sealed record SwingRow(string Iso3, string Country, string Slice, string Contest, int Contests, int WithFirst, int WithSecond, int Other, double? ShareFirst, double? ShareSecond, double? Swing) : ICsvRow
{
    /// <inheritdoc />
    public static string CsvHeader => "iso3,country,slice,contest,contests,with_first,with_second,other,share_first,share_second,swing";

    /// <inheritdoc />
    public void WriteCsv(CsvLine line) => line.Add(Iso3).Add(Country).Add(Slice).Add(Contest).Add(Contests).Add(WithFirst).Add(WithSecond).Add(Other).Add(ShareFirst).Add(ShareSecond).Add(Swing);
}

/// <summary>The polarity of one year: communities, modularity, the effective number of poles (the CLI's <c>polarity</c>); N = states in the network.</summary>
public sealed record PolarityRow(
    int Year, int States, int Communities, double Modularity, double ModularityMin, double EffectivePoles, double? SpectralPoles, double Stability, int Runs,
    double MeanWeight, int RollCalls, string Partition, string Measure, bool Signed, double Resolution) : ICsvRow
{
    /// <inheritdoc />
    public static string CsvHeader => "year,states,communities,modularity,modularity_min,effective_poles,spectral_poles,stability,runs,mean_weight,roll_calls,partition,measure,signed,resolution";

    /// <inheritdoc />
    public void WriteCsv(CsvLine line) => line.Add(Year).Add(States).Add(Communities).Add(Modularity).Add(ModularityMin).Add(EffectivePoles).Add(SpectralPoles).Add(Stability)
        .Add(Runs).Add(MeanWeight).Add(RollCalls).Add(Partition).Add(Measure).Add(Signed).Add(Resolution);
}

/// <summary>A state's community in one year (long form, for maps: the CLI's <c>polarity --members</c>).</summary>
public sealed record CommunityMemberRow(int Year, int Community, string Iso3, string Label, int CommunitySize, double MemberStability, double Modularity, string Measure, bool Signed, double Resolution) : ICsvRow
{
    /// <inheritdoc />
    public static string CsvHeader => "year,community,iso3,label,community_size,member_stability,modularity,measure,signed,resolution";

    /// <inheritdoc />
    public void WriteCsv(CsvLine line) => line.Add(Year).Add(Community).Add(Iso3).Add(Label).Add(CommunitySize).Add(MemberStability).Add(Modularity).Add(Measure).Add(Signed).Add(Resolution);
}

/// <summary>A bloc member's alignment with two poles in one year and its lean (the CLI's <c>sphere</c>); N per pole.</summary>
public sealed record SphereApiRow(
    string Bloc, int Year, string Iso3, string FirstPole, string SecondPole, double? WithFirst, int NFirst, double? WithSecond, int NSecond, double? Lean, double? NormalisedLean, string Measure) : ICsvRow
{
    /// <inheritdoc />
    public static string CsvHeader => "bloc,year,iso3,first_pole,second_pole,with_first,n_first,with_second,n_second,lean,normalised_lean,measure";

    /// <inheritdoc />
    public void WriteCsv(CsvLine line) => line.Add(Bloc).Add(Year).Add(Iso3).Add(FirstPole).Add(SecondPole).Add(WithFirst).Add(NFirst).Add(WithSecond).Add(NSecond).Add(Lean).Add(NormalisedLean).Add(Measure);
}

/// <summary>A bloc's mean lean between two poles in one year (the CLI's <c>sphere --mean</c>); N = members with values.</summary>
public sealed record SphereMeanRow(string Bloc, int Year, string FirstPole, string SecondPole, int Members, double? Lean, double? NormalisedLean, double? FirstPopularity, double? SecondPopularity, string Measure) : ICsvRow
{
    /// <inheritdoc />
    public static string CsvHeader => "bloc,year,first_pole,second_pole,members,lean,normalised_lean,first_popularity,second_popularity,measure";

    /// <inheritdoc />
    public void WriteCsv(CsvLine line) => line.Add(Bloc).Add(Year).Add(FirstPole).Add(SecondPole).Add(Members).Add(Lean).Add(NormalisedLean).Add(FirstPopularity).Add(SecondPopularity).Add(Measure);
}

/// <summary>The year a bloc member crossed over from one pole to the other (the CLI's <c>sphere --crossovers</c>).</summary>
public sealed record CrossoverRow(string Bloc, string Iso3, string FirstPole, string SecondPole, int? CrossoverYear, int? NormalisedCrossoverYear, double? LeanChange, string TopRollCalls, string Measure) : ICsvRow
{
    /// <inheritdoc />
    public static string CsvHeader => "bloc,iso3,first_pole,second_pole,crossover_year,normalised_crossover_year,lean_change,top_roll_calls,measure";

    /// <inheritdoc />
    public void WriteCsv(CsvLine line) => line.Add(Bloc).Add(Iso3).Add(FirstPole).Add(SecondPole).Add(CrossoverYear).Add(NormalisedCrossoverYear).Add(LeanChange).Add(TopRollCalls).Add(Measure);
}

/// <summary>One component of a dyad's convergence between two years (the CLI's <c>converge</c>, agreement components).</summary>
public sealed record ConvergeRow(string A, string B, int From, int To, string Component, string Iso3, double? Start, double? End, double? Change, int N, string Measure) : ICsvRow
{
    /// <inheritdoc />
    public static string CsvHeader => "a,b,from,to,component,iso3,start,end,change,n,measure";

    /// <inheritdoc />
    public void WriteCsv(CsvLine line) => line.Add(A).Add(B).Add(From).Add(To).Add(Component).Add(Iso3).Add(Start).Add(End).Add(Change).Add(N).Add(Measure);
}

/// <summary>A roll call's contribution to a change in a dyad's agreement between two years (the CLI's <c>explain</c>).</summary>
public sealed record ContributionRow(
    string Subject, int From, int To, long Rcid, string Date, string Side, string? Resolution, string? Title, string Issues, string VoteA, string VoteB, double Score, double Contribution, string Measure) : ICsvRow
{
    /// <inheritdoc />
    public static string CsvHeader => "subject,from,to,rcid,date,side,resolution,title,issues,vote_a,vote_b,score,contribution,measure";

    /// <inheritdoc />
    public void WriteCsv(CsvLine line) => line.Add(Subject).Add(From).Add(To).Add(Rcid).Add(Date).Add(Side).Add(Resolution).Add(Title).Add(Issues).Add(VoteA).Add(VoteB).Add(Score).Add(Contribution).Add(Measure);
}
