using System.Reflection;

namespace Multipolar.Tests.Architecture;

/// <summary>The computation core stays pure: no store, console, web or file-format dependencies.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void Core_References_NoAdapterAssemblies()
    {
        // Given
        var core = typeof(Multipolar.Votes.Vote).Assembly;

        // When
        var references = core.GetReferencedAssemblies().Select(a => a.Name ?? "").ToArray();

        // Then
        string[] forbidden = ["DuckDB", "Spectre", "Microsoft.AspNetCore", "Sep", "ScottPlot", "Multipolar.Data", "Multipolar.Cli", "System.Net.Http"];
        foreach (var name in references)
        {
            Assert.DoesNotContain(forbidden, f => name.StartsWith(f, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Core_Types_DoNotUseConsoleOrFileSystem()
    {
        // Given
        var core = typeof(Multipolar.Votes.Vote).Assembly;
        var forbidden = new[] { typeof(Console), typeof(File), typeof(Directory), typeof(FileStream) };

        // When
        var offenders = core.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetParameters().Any(p => forbidden.Contains(p.ParameterType)) || forbidden.Contains(m.ReturnType))
            .Select(m => $"{m.DeclaringType}.{m.Name}")
            .ToArray();

        // Then
        Assert.Empty(offenders);
    }
}
