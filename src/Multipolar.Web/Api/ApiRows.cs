using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace Multipolar.Web.Api;

/// <summary>A row that can be written as CSV in the tidy columns of the command line (snake_case, one value a cell).</summary>
public interface ICsvRow
{
    /// <summary>The CSV header line (without line end).</summary>
    static abstract string CsvHeader { get; }

    /// <summary>Appends this row's cells (without line end).</summary>
    void WriteCsv(CsvLine line);
}

/// <summary>Appends the cells of one CSV line (RFC 4180 quoting; numbers in invariant culture, undefined values empty).</summary>
public readonly struct CsvLine(StringBuilder sb)
{
    /// <summary>Adds a text cell.</summary>
    public CsvLine Add(string? value)
    {
        Separate();
        if (value is null)
        {
            return this;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
        {
            sb.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            sb.Append(value);
        }

        return this;
    }

    /// <summary>Adds an integer cell (empty when null).</summary>
    public CsvLine Add(long? value)
    {
        Separate();
        if (value is { } v)
        {
            sb.Append(v.ToString(CultureInfo.InvariantCulture));
        }

        return this;
    }

    /// <summary>Adds a number cell (empty when null).</summary>
    public CsvLine Add(double? value)
    {
        Separate();
        if (value is { } v)
        {
            sb.Append(v.ToString("R", CultureInfo.InvariantCulture));
        }

        return this;
    }

    /// <summary>Adds a boolean cell.</summary>
    public CsvLine Add(bool value) => Add(value ? "true" : "false");

    private void Separate()
    {
        if (sb.Length > 0 && sb[^1] != '\n')
        {
            sb.Append(',');
        }
    }
}

/// <summary>A state of the country reference.</summary>
public sealed record CountryRow(string Iso3, string? Iso2, int? Cow, int? M49, string Name, string? MemberFrom, string? MemberUntil, string? Successors, long N) : ICsvRow
{
    /// <inheritdoc />
    public static string CsvHeader => "iso3,iso2,cow,m49,name,member_from,member_until,successors,n";

    /// <inheritdoc />
    public void WriteCsv(CsvLine line) => line.Add(Iso3).Add(Iso2).Add(Cow).Add(M49).Add(Name).Add(MemberFrom).Add(MemberUntil).Add(Successors).Add(N);
}

/// <summary>A roll call with its totals (N = the votes cast), and one state's vote when asked (country=X).</summary>
public sealed record RollCallRow(
    long RollcallId, int? Session, string Date, int Year, string? Resolution, string? Title, string Issues, bool Important, bool Amendment, bool Paragraph,
    int Yes, int No, int Abstain, int N, string? Iso3 = null, string? StateVote = null) : ICsvRow
{
    /// <inheritdoc />
    public static string CsvHeader => "rollcall_id,session,date,year,resolution,title,issues,important,amendment,paragraph,yes,no,abstain,n,iso3,state_vote";

    /// <inheritdoc />
    public void WriteCsv(CsvLine line) => line.Add(RollcallId).Add(Session).Add(Date).Add(Year).Add(Resolution).Add(Title).Add(Issues)
        .Add(Important).Add(Amendment).Add(Paragraph).Add(Yes).Add(No).Add(Abstain).Add(N).Add(Iso3).Add(StateVote);
}

/// <summary>One state's effective vote on a roll call.</summary>
public sealed record VoteRow(long RollcallId, string Iso3, string Name, string Vote) : ICsvRow
{
    /// <inheritdoc />
    public static string CsvHeader => "rollcall_id,iso3,name,vote";

    /// <inheritdoc />
    public void WriteCsv(CsvLine line) => line.Add(RollcallId).Add(Iso3).Add(Name).Add(Vote);
}

/// <summary>An alignment value of a dyad in one period and slice, with its N (the CLI's tidy align columns).</summary>
public sealed record AlignRow(string StateA, string StateB, string PeriodKind, int Period, string Measure, string Slice, double? Value, int N) : ICsvRow
{
    /// <inheritdoc />
    public static string CsvHeader => "state_a,state_b,period_kind,period,measure,slice,value,n";

    /// <inheritdoc />
    public void WriteCsv(CsvLine line) => line.Add(StateA).Add(StateB).Add(PeriodKind).Add(Period).Add(Measure).Add(Slice).Add(Value).Add(N);
}

/// <summary>
/// A state on the map: its alignment with pole A (and B), and the value shown: with one pole its alignment with
/// it, with two the net alignment value_a − value_b; N is the smaller of the two Ns.
/// </summary>
public sealed record MapRow(
    string Iso3, string PeriodKind, int Period, string Measure, string Slice, string PoleA, string? PoleB,
    double? Value, int N, double? ValueA, [property: JsonPropertyName("n_a")] int NA, double? ValueB, [property: JsonPropertyName("n_b")] int? NB) : ICsvRow
{
    /// <inheritdoc />
    public static string CsvHeader => "iso3,period_kind,period,measure,slice,pole_a,pole_b,value,n,value_a,n_a,value_b,n_b";

    /// <inheritdoc />
    public void WriteCsv(CsvLine line) => line.Add(Iso3).Add(PeriodKind).Add(Period).Add(Measure).Add(Slice).Add(PoleA).Add(PoleB)
        .Add(Value).Add(N).Add(ValueA).Add(NA).Add(ValueB).Add(NB);
}

/// <summary>A state's ideal point in one period with its standard error, 95% interval and N (votes used).</summary>
public sealed record IdealRow(string Iso3, string PeriodKind, int Period, string Model, double Estimate, double StdError, double Lower, double Upper, int N) : ICsvRow
{
    /// <inheritdoc />
    public static string CsvHeader => "iso3,period_kind,period,model,estimate,std_error,lower,upper,n";

    /// <inheritdoc />
    public void WriteCsv(CsvLine line) => line.Add(Iso3).Add(PeriodKind).Add(Period).Add(Model).Add(Estimate).Add(StdError).Add(Lower).Add(Upper).Add(N);
}

/// <summary>A state's multi-alignment index in one year against a set of poles, with its parts, class and N (votes over the areas used).</summary>
public sealed record MultiAlignRow(string Iso3, string PeriodKind, int Period, string Poles, double? Index, double? Dispersion, double? Spread, double? Net, int Areas, string? Nearest, string Class, int N) : ICsvRow
{
    /// <inheritdoc />
    public static string CsvHeader => "iso3,period_kind,period,poles,index,dispersion,spread,net,areas,nearest,class,n";

    /// <inheritdoc />
    public void WriteCsv(CsvLine line) => line.Add(Iso3).Add(PeriodKind).Add(Period).Add(Poles).Add(Index).Add(Dispersion).Add(Spread).Add(Net).Add(Areas).Add(Nearest).Add(Class).Add(N);
}

/// <summary>Roll calls per period (the timeline of the pages).</summary>
public sealed record PeriodRow(string PeriodKind, int Period, int N) : ICsvRow
{
    /// <inheritdoc />
    public static string CsvHeader => "period_kind,period,n";

    /// <inheritdoc />
    public void WriteCsv(CsvLine line) => line.Add(PeriodKind).Add(Period).Add(N);
}
