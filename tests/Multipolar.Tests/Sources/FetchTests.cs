using Multipolar.Cli.Output;
using Multipolar.Data.Fetch;
using Multipolar.Data.Store;

namespace Multipolar.Tests.Sources;

/// <summary>`multipolar fetch` against a loopback Dataverse: success, resume after interruption, checksum mismatch.</summary>
public sealed class FetchTests
{
    private static byte[] VoetenWideFile()
    {
        var sb = new System.Text.StringBuilder("rcid,date,me,nu,di,hr,co,ec,USA,GBR,FRA,IND,CHN,RUS\n");
        for (var i = 0; i < 400; i++)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{9000 + i},2021-12-{1 + (i % 28):00},FALSE,FALSE,FALSE,TRUE,FALSE,FALSE,1,1,1,{1 + (i % 3)},3,3\n");
        }

        return System.Text.Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Multipolar.Cli.Cli.Run(args, CliConsole.Plain(output, error));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Fetch_LoopbackServer_DownloadsVerifiesRecordsAndIngests()
    {
        // Given a loopback Dataverse serving one file in the voeten-wide layout
        using var dir = TestPaths.Temp();
        using var server = new LoopbackDataverse([("ungaVoting.csv", VoetenWideFile())]);

        // When fetched
        var (code, output, error) = Run("fetch", "voeten", "--server", server.Url, "--dir", dir.File("dl"), "--db", dir.File("s.duckdb"));

        // Then the file is there, recorded and ingested
        Assert.True(code == 0, error + output);
        Assert.Equal(VoetenWideFile(), File.ReadAllBytes(dir.File("dl/ungaVoting.csv")));
        Assert.Equal("37.0", FetchManifest.Read(dir.File("dl"))!.Version);
        using var store = VoteStore.Open(dir.File("s.duckdb"), readOnly: true);
        Assert.Equal(400, store.Info().RollCalls);
    }

    [Fact]
    public async Task DownloadAsync_ServerClosesMidBody_ResumesWithRange()
    {
        // Given a server that drops the first download halfway
        using var dir = TestPaths.Temp();
        var bytes = VoetenWideFile();
        using var server = new LoopbackDataverse([("ungaVoting.csv", bytes)], interruptions: 1);
        using var http = new HttpClient();
        var client = new DataverseClient(http, new Uri(server.Url));
        var dataset = await client.ListAsync(DataverseClient.VoetenDoi);

        // When downloaded
        var path = await client.DownloadAsync(dataset.Files[0], dir.Path);

        // Then the second request asked for the rest and the file verifies
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
        Assert.Null(server.RangeHeaders[0]);
        Assert.Equal($"bytes={bytes.Length / 2}-", server.RangeHeaders[1]);
    }

    [Fact]
    public void Fetch_ChecksumMismatch_ClearErrorNothingIngested()
    {
        // Given a server listing a wrong MD5
        using var dir = TestPaths.Temp();
        using var server = new LoopbackDataverse([("ungaVoting.csv", VoetenWideFile())], wrongMd5: true);

        // When fetched
        var (code, _, error) = Run("fetch", "voeten", "--server", server.Url, "--dir", dir.File("dl"), "--db", dir.File("s.duckdb"));

        // Then a clear error, no file kept, no store written
        Assert.Equal(1, code);
        Assert.Contains("Checksum mismatch for ungaVoting.csv", error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("dl/ungaVoting.csv")));
        Assert.False(File.Exists(dir.File("s.duckdb")));
    }

    [Fact]
    public void Fetch_Undl_PrintsWhereToGetItAndTheIngestCommand()
    {
        // Given / When
        var (code, output, _) = Run("fetch", "undl");

        // Then
        Assert.Equal(0, code);
        Assert.Contains("multipolar ingest", output, StringComparison.Ordinal);
        Assert.Contains("digitallibrary.un.org", output, StringComparison.Ordinal);
    }
}
