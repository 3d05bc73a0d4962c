using System.Collections.Immutable;
using Multipolar.Alignment;

namespace Multipolar.Web.Api;

/// <summary>The API's query parameters, each described once (parsing, errors and the OpenAPI document use these).</summary>
public static class P
{
    private static readonly ImmutableArray<string> SliceKeys = [.. Slice.Standard.Select(s => s.Key)];

    /// <summary>Text search on names.</summary>
    public static readonly ApiParameter Search = new("search", ApiParameterKind.Text, "Text contained in a code, name or alias.");

    /// <summary>A year (or session with by=session).</summary>
    public static readonly ApiParameter Year = new("year", ApiParameterKind.Integer, "Calendar year (with by=session: the session number).", 1, 2100);

    /// <summary>First period.</summary>
    public static readonly ApiParameter From = new("from", ApiParameterKind.Integer, "First year or session (inclusive); default the first with roll calls.", 1, 2100);

    /// <summary>Last period.</summary>
    public static readonly ApiParameter To = new("to", ApiParameterKind.Integer, "Last year or session (inclusive); default the last with roll calls.", 1, 2100);

    /// <summary>Roll calls of an issue.</summary>
    public static readonly ApiParameter Issue = new("issue", ApiParameterKind.Text,
        "Only roll calls of this issue area (me, nu, di, hr, co, ec or a tag such as ukraine) or 'important'.", MaxLength: 30);

    /// <summary>Title search.</summary>
    public static readonly ApiParameter Q = new("q", ApiParameterKind.Text, "Text contained in the title, description or resolution symbol (case-insensitive).");

    /// <summary>A measure.</summary>
    public static readonly ApiParameter Measure = new("measure", ApiParameterKind.Choice, "The measure (docs/measures.md); default agree.",
        Valid: [.. MeasureRegistry.All.Select(m => m.Key)]);

    /// <summary>Slices.</summary>
    public static readonly ApiParameter Slices = new("slice", ApiParameterKind.Text,
        "Slice(s) of roll calls, comma-separated: all (default), me, nu, di, hr, co, ec, important, a tag, or ISSUE+important.", List: true, MaxLength: 200,
        Valid: SliceKeys);

    /// <summary>One slice.</summary>
    public static readonly ApiParameter Slice1 = Slices with { List = false, Description = "Slice of roll calls: all (default), me, nu, di, hr, co, ec, important, a tag, or ISSUE+important." };

    /// <summary>Years or sessions.</summary>
    public static readonly ApiParameter By = new("by", ApiParameterKind.Choice, "Periods: year (default) or session.", Valid: ["year", "session"]);

    /// <summary>Abstention scoring.</summary>
    public static readonly ApiParameter Abstention = new("abstention", ApiParameterKind.Choice,
        "soft (default: abstain = ½), strict or votes-only.", Valid: ["soft", "strict", "votes-only"]);

    /// <summary>Distance.</summary>
    public static readonly ApiParameter Distance = new("distance", ApiParameterKind.Choice, "absolute (default) or squared, for s, kappa and pi.", Valid: ["absolute", "squared"]);

    /// <summary>Final passage only.</summary>
    public static readonly ApiParameter FinalOnly = new("final_only", ApiParameterKind.Boolean, "Only votes on whole texts (no amendment or paragraph votes); default false.");

    /// <summary>Rolling window.</summary>
    public static readonly ApiParameter Window = new("window", ApiParameterKind.Integer, "Rolling window in periods; default 1.", 1, 20);

    /// <summary>One state's vote on each roll call.</summary>
    public static readonly ApiParameter Country = new("country", ApiParameterKind.Text, "Add this state's vote to each roll call (any code or name).", MaxLength: 60);

    /// <summary>Reference state.</summary>
    public static readonly ApiParameter With = new("with", ApiParameterKind.Text, "Colour by agreement with this state (any code or name).", MaxLength: 60);

    /// <summary>Pole A.</summary>
    public static readonly ApiParameter PoleA = new("pole_a", ApiParameterKind.Text, "Pole A of a net alignment (value = with A − with B); e.g. USA.", MaxLength: 60);

    /// <summary>Pole B.</summary>
    public static readonly ApiParameter PoleB = new("pole_b", ApiParameterKind.Text, "Pole B of a net alignment; e.g. CHN.", MaxLength: 60);

    /// <summary>States.</summary>
    public static readonly ApiParameter States = new("states", ApiParameterKind.Text, "States, comma-separated (any code or name), at most 20.", List: true, MaxLength: 400);

    /// <summary>A set of poles.</summary>
    public static readonly ApiParameter Poles = new("poles", ApiParameterKind.Text, "Poles, comma-separated (2 to 6 states; default USA,CHN,RUS); the first is the pole net alignment is measured towards.", List: true, MaxLength: 200);

    /// <summary>Leave out unanimous roll calls.</summary>
    public static readonly ApiParameter DropUnanimous = new("drop_unanimous", ApiParameterKind.Boolean,
        "Leave out roll calls on which every state voting cast the same vote (the CLI's --drop-unanimous); default false.");

    /// <summary>A bloc code.</summary>
    public static readonly ApiParameter Vs = new("vs", ApiParameterKind.Text, "A second bloc: the roll calls separating the two blocs most.", MaxLength: 30);

    /// <summary>How many rows.</summary>
    public static readonly ApiParameter Top = new("top", ApiParameterKind.Integer, "How many roll calls (default 10).", 1, 200);

    /// <summary>How many roll calls are listed.</summary>
    public static readonly ApiParameter Count = new("count", ApiParameterKind.Integer, "Roll calls listed (default 15).", 1, 500);

    /// <summary>A date.</summary>
    public static readonly ApiParameter AsOf = new("as_of", ApiParameterKind.Text, "Members on this date (yyyy-MM-dd); default today (all spells for one bloc's members).", MaxLength: 10);

    /// <summary>A bloc's distance view.</summary>
    public static readonly ApiParameter DistanceView = new("view", ApiParameterKind.Choice,
        "poles (default: the bloc centre's distance to each pole), blocs (to every other bloc's centre) or members (each member's to the centre of the others).",
        Valid: ["poles", "blocs", "members"]);

    /// <summary>The sphere view.</summary>
    public static readonly ApiParameter SphereView = new("view", ApiParameterKind.Choice,
        "members (default: each member's alignment with the two poles per year), mean (the bloc's mean lean per year) or crossovers (the year each member crossed over).",
        Valid: ["members", "mean", "crossovers"]);

    /// <summary>Two poles.</summary>
    public static readonly ApiParameter TwoPoles = new("poles", ApiParameterKind.Text, "Two poles, comma-separated (default RUS,CHN): lean = alignment with the second − with the first.", List: true, MaxLength: 60);

    /// <summary>Fewest contests per state.</summary>
    public static readonly ApiParameter MinContests = new("min_contests", ApiParameterKind.Integer, "Leave out states that voted on fewer contests (default 10).", 0, 100_000);

    /// <summary>Modularity resolution.</summary>
    public static readonly ApiParameter Resolution = new("resolution", ApiParameterKind.Choice, "Resolution γ of modularity (default 1; larger: more, smaller communities).",
        Valid: ["0.5", "0.75", "1", "1.25", "1.5", "2"]);

    /// <summary>Signed weights.</summary>
    public static readonly ApiParameter Signed = new("signed", ApiParameterKind.Boolean, "Signed weights (default true): pairs voting apart repel (Traag and Bruggeman 2009).");

    /// <summary>Ideal-point model.</summary>
    public static readonly ApiParameter Model = new("model", ApiParameterKind.Choice,
        "static (default): one ordered-probit fit per year, scales not tied together; dynamic: one fit of the whole record with a random walk, comparable across years.",
        Valid: ["static", "dynamic"]);

    /// <summary>The alignment options every alignment endpoint takes.</summary>
    public static readonly ImmutableArray<ApiParameter> AlignmentOptions = [Measure, By, Abstention, Distance, FinalOnly, Window, DropUnanimous];

    /// <summary>The alignment options without the measure (analyses that score votes themselves: blocs, contests).</summary>
    public static readonly ImmutableArray<ApiParameter> VoteOptions = [By, Abstention, Distance, FinalOnly, Window, DropUnanimous];
}
