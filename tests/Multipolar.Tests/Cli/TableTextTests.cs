using FsCheck.Xunit;
using Multipolar.Cli.Output;
using Spectre.Console;

namespace Multipolar.Tests.Cli;

/// <summary>The one-pass table drawing against Spectre.Console's own table on random tables.</summary>
public class TableTextTests
{
    private static readonly string[] Words = ["IND", "0.512", "–", "1,234", "Côte d'Ivoire", "Türkiye", "", "x", "with CHN and RUS", "█████···", "Korea, Republic of", "12"];

    [Property(MaxTest = 200)]
    public void TryDraw_RandomTable_EqualsSpectre(int seed)
    {
        // Given: a random table (headers, alignment, cells, a title that may be wider or narrower than the table)
        var rng = new Random(seed);
        var columns = Enumerable.Range(0, rng.Next(1, 7))
            .Select(i => new TabularColumn($"c{i}", Words[rng.Next(Words.Length)] is { Length: > 0 } h ? h : $"H{i}", rng.Next(2) == 0))
            .ToList();
        var result = new Tabular(rng.Next(3) == 0 ? "" : string.Join(' ', Enumerable.Repeat("Title", rng.Next(1, 6))), columns);
        for (var r = rng.Next(1, 8); r > 0; r--)
        {
            result.Add([.. columns.Select(_ => Words[rng.Next(Words.Length)])]);
        }

        var cells = result.Rows.Select(row => row.Select(TabularWriter.Display).ToArray()).ToList();

        // When
        var text = TableText.TryDraw(result.Title, result.Columns, cells, width: 80, terminal: false);

        // Then: where it draws, it draws what Spectre draws on a console wide enough not to wrap
        if (text is not null)
        {
            Assert.Equal(Spectre(result, cells), text);
        }
        else
        {
            Assert.True(result.Title.Length > 0, "only a title wider than the table needs Spectre here");
        }
    }

    [Fact]
    public void TryDraw_AlignLikeTable_EqualsSpectre()
    {
        // Given: the table of 'align RUS CHN' (a right-aligned count, an empty header, block characters)
        var result = new Tabular("Agreement: Russia (RUS) – China (CHN), all", [new("period", "Year", true), new("value", "agree", true), new("n", "N", true), new("bar", "")]);
        result.Add(2020, 0.872, 98, "█████████████████···");
        result.Add(2026, double.NaN, 11L, "");
        var cells = result.Rows.Select(row => row.Select(TabularWriter.Display).ToArray()).ToList();

        // When
        var text = TableText.TryDraw(result.Title, result.Columns, cells, width: 80, terminal: true);

        // Then
        Assert.NotNull(text);
        Assert.Equal(Spectre(result, cells), text);
        Assert.Contains("│ 2026 │     – │ 11 │", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDraw_TooWideForTheTerminal_LeavesItToSpectre()
    {
        // Given: a table 20 cells wide and a terminal 10 wide
        var columns = new List<TabularColumn> { new("a", "a long header") };
        string[][] cells = [["value"]];

        // When / Then
        Assert.Null(TableText.TryDraw("", columns, cells, width: 10, terminal: true));
        Assert.NotNull(TableText.TryDraw("", columns, cells, width: 10, terminal: false));
        Assert.NotNull(TableText.TryDraw("", columns, cells, width: 200, terminal: true));
    }

    [Fact]
    public void TryDraw_LineBreakInACell_LeavesItToSpectre()
    {
        var columns = new List<TabularColumn> { new("a", "A") };
        Assert.Null(TableText.TryDraw("", columns, [["two\nlines"]], width: 200, terminal: false));
        Assert.Null(TableText.TryDraw("", columns, [], width: 200, terminal: false));
    }

    private static string Spectre(Tabular result, IReadOnlyList<string[]> cells)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 1000;
        console.Write(TabularWriter.SpectreTable(result, cells));
        return output.ToString().ReplaceLineEndings("\n");
    }
}
