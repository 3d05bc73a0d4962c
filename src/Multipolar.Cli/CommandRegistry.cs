using Spectre.Console.Cli;

namespace Multipolar.Cli;

/// <summary>Commands of the analysis features (alignment, ideal points, sources), registered in one place.</summary>
internal static class CommandRegistry
{
    public static void Register(IConfigurator config)
    {
        _ = config;
    }
}
