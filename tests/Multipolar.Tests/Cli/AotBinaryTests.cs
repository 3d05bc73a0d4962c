using System.Diagnostics;
using Multipolar.Tests.Store;

namespace Multipolar.Tests.Cli;

/// <summary>
/// The command line compiled ahead of time (Native AOT, the fast way to install it: README, docs/benchmarks.md)
/// behaves like the same command line run in-process: the published binary ingests and precomputes the shared
/// data, and its queries print exactly what <see cref="Multipolar.Cli.Cli.Run"/> prints on that store. This is
/// what catches reflection the trimmer removed, a missing native library or a serializer that needs code
/// generation at run time.
/// </summary>
public sealed class AotBinaryTests(AotBinaryFixture aot) : IClassFixture<AotBinaryFixture>
{
    public static TheoryData<string[]> Queries => new()
    {
        { ["align", "RUS", "CHN", "--format", "csv"] },                                     // precomputed values
        { ["align", "USA", "IND", "--abstention", "strict", "--by", "session", "--format", "csv"] }, // computed from the votes
        { ["matrix", "--year", "2019", "--measure", "kappa", "--format", "csv"] },
        { ["nearest", "PRK", "--year", "2019", "--format", "json"] },
        { ["ideal", "--year", "2019", "--format", "csv"] },
        { ["sensitivity", "RUS", "CHN", "--from", "2010", "--format", "csv"] },
        { ["info", "--format", "json"] },
        { ["sources", "--format", "csv"] },
        { ["countries", "--search", "yemen", "--format", "csv"] },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Query_AotBinary_PrintsWhatTheInProcessCommandLinePrints(string[] args)
    {
        // When
        var (exit, output, error) = aot.Run([.. args, "--db", aot.DbPath]);
        var expected = CliRunner.Run([.. args, "--db", aot.DbPath]);

        // Then
        Assert.True(exit == 0, error);
        Assert.Equal(expected.Exit, exit);
        Assert.Equal(expected.Out, output);
        Assert.NotEmpty(output);
    }

    [Theory]
    [InlineData("align", "RUS", "Narnia")]
    [InlineData("align", "RUS", "CHN", "--measure", "tau")]
    [InlineData("rollcalls", "--year", "abc")]
    [InlineData("frobnicate")]
    public void BadArguments_AotBinary_SameOneLineErrorAndExitCode(params string[] args)
    {
        // When
        var (exit, _, error) = aot.Run([.. args, "--db", aot.DbPath]);
        var expected = CliRunner.Run([.. args, "--db", aot.DbPath]);

        // Then
        Assert.Equal(2, exit);
        Assert.Equal(expected.Exit, exit);
        Assert.Equal(expected.Err, error);
    }

    [Fact]
    public void Ingest_AotBinary_ReportsTheSharedDataLikeTheLibrary()
    {
        // The fixture ingested with the binary; the store holds what the in-process ingest of the same files holds.
        var expected = CliRunner.Run("info", "--db", aot.DbPath, "--format", "csv");

        // Then
        Assert.Contains("6203", expected.Out, StringComparison.Ordinal);
        Assert.Contains("870109", expected.Out, StringComparison.Ordinal);
    }
}

/// <summary>
/// Publishes the command line with Native AOT from a copy of the sources (so that the test run's own build
/// output is never rewritten), then ingests the shared <c>unvotes</c> files and precomputes with the binary.
/// </summary>
public sealed class AotBinaryFixture : IDisposable
{
    private readonly TempDir dir = new();

    public AotBinaryFixture()
    {
        var source = dir.File("src-copy");
        CopySources(TestPaths.Root, source);
        var output = dir.File("aot");
        Check(Execute("dotnet", ["publish", Path.Combine(source, "src", "Multipolar.Cli"), "-c", "Release", "-r", "linux-x64",
            "-p:PublishAot=true", "-p:SkipClientBuild=true", "-o", output, "--nologo"], TimeSpan.FromMinutes(8)), "dotnet publish -p:PublishAot=true");
        Binary = Path.Combine(output, "multipolar");
        DbPath = dir.File("aot.duckdb");
        Check(Run(["ingest", TestPaths.Shared("unvotes"), "--db", DbPath]), "multipolar ingest");
        Check(Run(["precompute", "--db", DbPath]), "multipolar precompute");
    }

    /// <summary>The published binary.</summary>
    public string Binary { get; }

    /// <summary>A store the binary ingested and precomputed.</summary>
    public string DbPath { get; }

    /// <summary>Runs the binary.</summary>
    public (int Exit, string Out, string Err) Run(string[] args) => Execute(Binary, args, TimeSpan.FromMinutes(2));

    public void Dispose() => dir.Dispose();

    private static void Check((int Exit, string Out, string Err) result, string what)
    {
        if (result.Exit != 0)
        {
            throw new InvalidOperationException($"{what} failed with exit code {result.Exit}:\n{result.Out}\n{result.Err}");
        }
    }

    private static (int Exit, string Out, string Err) Execute(string file, string[] args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment.Remove("MULTIPOLAR_DB");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in {timeout}.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    private static void CopySources(string root, string target)
    {
        foreach (var name in (string[])["Directory.Build.props", "Directory.Packages.props", "global.json"])
        {
            Directory.CreateDirectory(target);
            File.Copy(Path.Combine(root, name), Path.Combine(target, name));
        }

        var src = Path.Combine(root, "src");
        foreach (var file in Directory.EnumerateFiles(src, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(src, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Contains("bin") || parts.Contains("obj") || parts.Contains("node_modules"))
            {
                continue;
            }

            var destination = Path.Combine(target, "src", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
