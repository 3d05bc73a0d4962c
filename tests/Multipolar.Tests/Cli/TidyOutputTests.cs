using System.Text.Json;
using Multipolar.Tests.Store;

namespace Multipolar.Tests.Cli;

/// <summary>The stable column names of the csv and json outputs (docs/output.md): each row names what it is.</summary>
[Collection("Real data")]
public sealed class TidyOutputTests(SharedStoreFixture fixture)
{
    /// <summary>The columns of a dyad value: keys, value and N, options (align, matrix).</summary>
    public const string DyadHeader = "state_a,state_b,period_kind,period,measure,slice,value,n,abstention,distance,final_only,window,drop_unanimous";

    /// <summary>The columns of <c>sensitivity</c>: one row per period and variant, with the variant's options and the spread.</summary>
    public const string SensitivityHeader = "state_a,state_b,period_kind,period,measure,slice,variant,value,n,abstention,distance,final_only,window,drop_unanimous,spread";

    public static TheoryData<string[], string> Headers => new()
    {
        { ["align", "USA", "RUS", "--from", "2019"], DyadHeader },
        { ["matrix", "--year", "2019", "--issue", "hr"], DyadHeader },
        { ["nearest", "CHN", "--year", "2019", "--count", "2"], "state_a,state_b,period_kind,period,measure,slice,name_b,group,rank,value,n,abstention,distance,final_only,window,drop_unanimous" },
        { ["sensitivity", "RUS", "CHN", "--from", "2019"], SensitivityHeader },
        { ["rollcalls", "--year", "2019", "--country", "USA"], "rcid,date,session,resolution,title,issues,amend,para,important,yes,no,abstain,vote" },
        { ["votes", "--rollcall", "3"], "rcid,iso3,country,vote,source,line,effective" },
        { ["countries"], "iso3,iso2,cow,m49,name,member_from,member_until,successors,votes,aliases" },
        { ["coverage"], "year,rollcalls,un_roll_calls.csv.gz,complete,gap,gap_marker" },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void Csv_Header_IsTheDocumentedOne(string[] args, string header)
    {
        // When
        var (exit, output, err) = CliRunner.Run([.. args, "--db", fixture.DbPath, "--format", "csv"]);

        // Then
        Assert.True(exit == 0, err);
        Assert.Equal(header, output.Split('\n')[0].TrimEnd('\r'));
    }

    [Fact]
    public void Align_JsonDropUnanimous_KeysAndOptionsOnEveryRow()
    {
        // When
        var (exit, output, err) = CliRunner.Run("align", "USA", "RUS", "--by", "session", "--measure", "identity", "--drop-unanimous",
            "--from", "60", "--to", "62", "--db", fixture.DbPath, "--format", "json");

        // Then
        Assert.True(exit == 0, err);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToArray();
        Assert.Equal(3, rows.Length);
        Assert.All(rows, r =>
        {
            Assert.Equal(DyadHeader.Split(','), r.EnumerateObject().Select(p => p.Name));
            Assert.Equal("USA", r.GetProperty("state_a").GetString());
            Assert.Equal("RUS", r.GetProperty("state_b").GetString());
            Assert.Equal("session", r.GetProperty("period_kind").GetString());
            Assert.Equal("identity", r.GetProperty("measure").GetString());
            Assert.Equal("all", r.GetProperty("slice").GetString());
            Assert.True(r.GetProperty("drop_unanimous").GetBoolean());
            Assert.False(r.GetProperty("final_only").GetBoolean());
            Assert.Equal("soft", r.GetProperty("abstention").GetString());
        });
        Assert.Equal([60, 61, 62], rows.Select(r => r.GetProperty("period").GetInt32()));
    }
}
