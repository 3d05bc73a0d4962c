using Multipolar.Cli.Output;

namespace Multipolar.Tests.Cli;

/// <summary>Runs the command line in-process and captures what it writes.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var @out = new StringWriter();
        var err = new StringWriter();
        var exit = Multipolar.Cli.Cli.Run(args, CliConsole.Plain(@out, err));
        return (exit, @out.ToString(), err.ToString());
    }
}
